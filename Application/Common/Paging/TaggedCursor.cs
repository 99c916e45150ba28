using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Hexagon.Application.Common.Paging;

/// <summary>
/// The envelope of our opaque paging cursors: base64url of a 16-byte SHA-256 tag followed by a small JSON payload.
/// The tag catches a changed byte; each cursor type checks its payload (version, the query it belongs to) itself.
/// Garbage, a wrong tag or unreadable JSON decodes to null, never to an exception: a bad cursor is a client's mistake.
/// </summary>
public static class TaggedCursor
{
    private const int TagLength = 16;
    private const int MaxLength = 512;

    public static string Encode<TPayload>(TPayload payload)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(payload);
        var bytes = new byte[TagLength + json.Length];
        SHA256.HashData(json).AsSpan(0, TagLength).CopyTo(bytes);
        json.CopyTo(bytes, TagLength);
        return Base64Url.EncodeToString(bytes);
    }

    public static TPayload? TryDecode<TPayload>(string cursor)
        where TPayload : class
    {
        ArgumentNullException.ThrowIfNull(cursor);
        if (cursor.Length is 0 or > MaxLength || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(cursor);
        if (bytes.Length <= TagLength)
        {
            return null;
        }

        var json = bytes.AsSpan(TagLength);
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(json).AsSpan(0, TagLength), bytes.AsSpan(0, TagLength)))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TPayload>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
