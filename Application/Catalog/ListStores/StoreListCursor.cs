using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Domain.Catalog;

namespace Hexagon.Application.Catalog.ListStores;

/// <summary>
/// The opaque cursor of the store list: base64url of a 16-byte SHA-256 tag followed by a small versioned JSON payload
/// holding the exact sort key and store id of the last row, and the sort and point it belongs to. The tag catches a
/// changed byte; the sort and point catch a cursor replayed against another query (whose order it does not describe).
/// Forging a tag gains nothing: the cursor only positions a walk over public data, it grants nothing.
/// </summary>
public static class StoreListCursor
{
    private const int Version = 1;
    private const int TagLength = 16;

    public static string Encode(StoreSort sort, GeoPoint origin, StoreListPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new Payload(Version, StoreSortNames.NameOf(sort), position.SortKey, position.StoreId, origin.Latitude, origin.Longitude));
        var bytes = new byte[TagLength + payload.Length];
        SHA256.HashData(payload).AsSpan(0, TagLength).CopyTo(bytes);
        payload.CopyTo(bytes, TagLength);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The position the cursor points after, or null when it is not one of ours for this sort and point.</summary>
    public static StoreListPosition? TryDecode(string cursor, StoreSort sort, GeoPoint origin)
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

        var matches = payload is not null
            && payload.V == Version
            && payload.S == StoreSortNames.NameOf(sort)
            && payload.Lat.Equals(origin.Latitude)
            && payload.Lng.Equals(origin.Longitude)
            && payload.Id > 0
            && payload.K >= 0;
        return matches ? new StoreListPosition(payload!.K, payload.Id) : null;
    }

    private sealed record Payload(
        [property: JsonPropertyName("v")] int V,
        [property: JsonPropertyName("s")] string S,
        [property: JsonPropertyName("k")] long K,
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("lat")] double Lat,
        [property: JsonPropertyName("lng")] double Lng);
}
