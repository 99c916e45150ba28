using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Application.Catalog.ListMyLikes;

/// <summary>
/// The opaque cursor of "my likes", built like <see cref="ListStores.StoreListCursor"/>: base64url of a 16-byte SHA-256
/// tag followed by a small versioned JSON payload holding the last row's exact like time (microseconds) and store id,
/// and the customer it belongs to. The tag catches a changed byte; the user id catches a cursor replayed by another
/// customer. A forged cursor gains nothing: it only positions a walk over the caller's own likes.
/// </summary>
public static class MyLikesCursor
{
    private const int Version = 1;
    private const int TagLength = 16;
    private const string Kind = "likes";

    public static string Encode(long userId, LikedStorePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(Version, Kind, position.LikedAtMicroseconds, position.StoreId, userId));
        var bytes = new byte[TagLength + payload.Length];
        SHA256.HashData(payload).AsSpan(0, TagLength).CopyTo(bytes);
        payload.CopyTo(bytes, TagLength);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The position the cursor points after, or null when it is not one of ours for this customer.</summary>
    public static LikedStorePosition? TryDecode(string cursor, long userId)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        if (cursor.Length is 0 or > 512 || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(cursor);
        if (bytes.Length <= TagLength)
        {
            return null;
        }

        var payloadBytes = bytes.AsSpan(TagLength);
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(payloadBytes).AsSpan(0, TagLength), bytes.AsSpan(0, TagLength)))
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(payloadBytes);
        }
        catch (JsonException)
        {
            return null;
        }

        // Up to year 9999 (DATETIME's range), so the position always converts back to a time.
        const long maxMicroseconds = 253_402_300_799_999_999L;
        var matches = payload is not null
            && payload.V == Version
            && payload.S == Kind
            && payload.U == userId
            && payload.Id > 0
            && payload.T is >= 0 and <= maxMicroseconds;
        return matches ? new LikedStorePosition(payload!.T, payload.Id) : null;
    }

    private sealed record Payload(
        [property: JsonPropertyName("v")] int V,
        [property: JsonPropertyName("s")] string S,
        [property: JsonPropertyName("t")] long T,
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("u")] long U);
}
