using System.Text.Json.Serialization;
using Hexagon.Application.Common.Paging;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Domain.Catalog;

namespace Hexagon.Application.Catalog.ListStores;

/// <summary>
/// The opaque cursor of the store list, a <see cref="TaggedCursor"/> whose versioned payload holds the exact sort key
/// and store id of the last row, and the sort and point it belongs to. The tag catches a changed byte; the sort and
/// point catch a cursor replayed against another query (whose order it does not describe).
/// Forging a tag gains nothing: the cursor only positions a walk over public data, it grants nothing.
/// </summary>
public static class StoreListCursor
{
    private const int Version = 1;

    public static string Encode(StoreSort sort, GeoPoint origin, StoreListPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return TaggedCursor.Encode(new Payload(Version, StoreSortNames.NameOf(sort), position.SortKey, position.StoreId, origin.Latitude, origin.Longitude));
    }

    /// <summary>The position the cursor points after, or null when it is not one of ours for this sort and point.</summary>
    public static StoreListPosition? TryDecode(string cursor, StoreSort sort, GeoPoint origin)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var payload = TaggedCursor.TryDecode<Payload>(cursor);
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
