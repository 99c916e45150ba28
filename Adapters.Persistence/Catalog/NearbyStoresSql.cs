using Hexagon.Domain.Catalog;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>
/// The store list query. The inner select takes the bounding box from ix_stores_location (a range on latitude,
/// longitude checked from the index entries) and computes the great-circle (haversine) distance as whole millimetres;
/// the outer one keeps the rows within the radius and after the keyset position. The sort key is always an integer
/// computed by the same expression in the ORDER BY and in the keyset comparison, and it is the value the cursor
/// carries, so a page boundary never falls between two rounding of the same distance.
/// </summary>
internal static class NearbyStoresSql
{
    // Haversine on the sphere of GeoPoint.MeanEarthRadiusMeters (6,371,008.8 m), the one the bounding box is computed
    // for; LEAST guards ASIN against a rounding just above 1.
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

    public static string For(StoreSort sort, bool afterPosition)
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
                WHERE s.latitude BETWEEN @minLat AND @maxLat AND s.longitude BETWEEN @minLng AND @maxLng
            ) AS near
            WHERE near.distance_mm <= @radiusMm {keyset}
            ORDER BY {key} {(ascending ? "ASC" : "DESC")}, near.id ASC
            LIMIT @limit
            """;
    }
}
