using System.Globalization;
using System.Text;
using Hexagon.Domain.Catalog;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>
/// The store list queries. The inner select narrows the stores through an index and computes the great-circle
/// (haversine) distance as whole millimetres; the outer one keeps the rows within the radius and after the keyset
/// position. The sort key is always an integer computed by the same expression in the ORDER BY and in the keyset
/// comparison, and it is the value the cursor carries, so a page boundary never falls between two roundings of the
/// same distance. Nearest first reads one ring at a time (<see cref="ForRing"/>, driven by
/// <see cref="NearestStoresSearch"/>); the other sorts read the whole radius's bounding box (<see cref="For"/>).
/// </summary>
internal static class NearbyStoresSql
{
    // Haversine on the sphere of GeoPoint.MeanEarthRadiusMeters (6,371,008.8 m), the one the bounding box and the
    // ring cover are computed for; LEAST guards ASIN against a rounding just above 1.
    private const string DistanceMillimetres = """
        CAST(ROUND(2 * 6371008.8 * 1000 * ASIN(LEAST(1, SQRT(
            POWER(SIN(RADIANS(s.latitude - @lat) / 2), 2)
            + COS(RADIANS(@lat)) * COS(RADIANS(s.latitude)) * POWER(SIN(RADIANS(s.longitude - @lng) / 2), 2))))) AS SIGNED)
        """;

    private static readonly Dictionary<StoreSort, string> SortColumn = new()
    {
        [StoreSort.Distance] = "near.distance_mm",
        [StoreSort.Likes] = "near.like_count",
        [StoreSort.Rating] = "near.rating_tenths",
        [StoreSort.Reviews] = "near.review_count",
    };

    /// <summary>Any sort over the radius's bounding box, through ix_stores_location (a range on latitude).</summary>
    public static string For(StoreSort sort, bool afterPosition) => Query(
        sort,
        "s.latitude BETWEEN @minLat AND @maxLat AND s.longitude BETWEEN @minLng AND @maxLng",
        afterPosition);

    /// <summary>
    /// Nearest first within one ring. Each span is a (band, longitude range) range of ix_stores_latitude_band
    /// (latitude_band, longitude, latitude), written as literals: they are numbers computed here, never client input,
    /// and a page far out has dozens of spans, whose parameters cost the driver more than the query costs the server
    /// (page 50: 56 spans, 0.7 ms in the server, about 3 ms at the client with parameters). The two planar tests
    /// (GeoRing.PlanarTest: no trigonometry) only use that index's columns, so the server checks them on the index
    /// entries (index condition pushdown) and reads a row and computes its exact distance only for entries in the ring.
    /// "+ 0E0" makes that arithmetic DOUBLE instead of DECIMAL; the 1 m margin of the tests dwarfs its rounding.
    /// @radiusMm is the ring's outer radius. The keyset condition is always present: page 1's first ring passes
    /// @afterKey = -1.
    /// </summary>
    public static string ForRing(IReadOnlyList<BandSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentOutOfRangeException.ThrowIfZero(spans.Count);
        var where = new StringBuilder();
        for (var index = 0; index < spans.Count; index++)
        {
            // Rounded outwards to the column's 6 decimals, so a range still contains its part of the ring.
            var low = Math.Round((decimal)spans[index].MinLongitude, 6, MidpointRounding.ToNegativeInfinity);
            var high = Math.Round((decimal)spans[index].MaxLongitude, 6, MidpointRounding.ToPositiveInfinity);
            where.Append(index == 0 ? "((" : "\n                   OR (")
                .Append(CultureInfo.InvariantCulture, $"s.latitude_band = {spans[index].Band} AND s.longitude BETWEEN {low} AND {high})");
        }

        where.Append("""
            )
                  AND POWER(s.latitude + 0E0 - @lat, 2) + @innerWeight * POWER(s.longitude + 0E0 - @lng, 2) >= @innerSquare
                  AND POWER(s.latitude + 0E0 - @lat, 2) + @outerWeight * POWER(s.longitude + 0E0 - @lng, 2) <= @outerSquare
            """);
        return Query(StoreSort.Distance, where.ToString(), afterPosition: true);
    }

    private static string Query(StoreSort sort, string narrowing, bool afterPosition)
    {
        var key = SortColumn[sort];
        var ascending = sort.IsAscending();
        var keyset = !afterPosition
            ? ""
            : $"AND ({key} {(ascending ? ">" : "<")} @afterKey OR ({key} = @afterKey AND near.id > @afterId))";
        return $"""
            SELECT near.id AS Id, near.name AS Name, near.distance_mm AS DistanceMm, near.rating AS Rating,
                   near.like_count AS LikeCount, near.review_count AS ReviewCount, near.thumbnail_url AS ThumbnailUrl,
                   near.pickup_minutes AS PickupMinutes, near.status AS Status, near.tags AS Tags,
                   EXISTS (SELECT 1 FROM store_likes l WHERE l.user_id = @viewerId AND l.store_id = near.id) AS LikedByMe,
                   {key} AS SortKey
            FROM (
                SELECT s.id, s.name, s.rating, s.like_count, s.review_count, s.thumbnail_url, s.pickup_minutes, s.status, s.tags,
                       CAST(s.rating * 10 AS SIGNED) AS rating_tenths,
                       {DistanceMillimetres} AS distance_mm
                FROM stores s
                WHERE {narrowing}
            ) AS near
            WHERE near.distance_mm <= @radiusMm {keyset}
            ORDER BY {key} {(ascending ? "ASC" : "DESC")}, near.id ASC
            LIMIT @limit
            """;
    }
}
