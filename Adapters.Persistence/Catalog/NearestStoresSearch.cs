using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Domain.Catalog;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>
/// The nearest-first store list, read in rings of increasing radius. Sorting every store of the search radius by its
/// exact distance costs a haversine per store (about 9,000 around Seoul City Hall); a page only needs the stores just
/// past its keyset position. So the first ring starts at the cursor's distance and holds about as much area as a 250 m
/// disc; when it returns fewer rows than asked, the next ring starts exactly where it ended and is grown from the
/// density seen so far, until the limit is met or the search radius is reached.
/// Correct because a ring returns every store whose exact distance (whole mm) is after the position and at most the
/// ring's outer radius, in (distance, id) order: any store not yet read is farther than all of them.
/// </summary>
internal static class NearestStoresSearch
{
    private const double FirstRingAreaRadiusMeters = 250;

    public static async Task<List<StoreSummaryRow>> RunAsync(DbSession session, NearbyStoresRequest request, CancellationToken cancellationToken)
    {
        var rows = new List<StoreSummaryRow>();
        var radiusMm = request.RadiusMeters * 1000L;
        var afterKey = request.After?.SortKey ?? -1;
        var afterId = request.After?.StoreId ?? 0;
        var outerMm = FirstOuterMm(afterKey, radiusMm);
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var ring = Ring(request.Origin, afterKey, afterId, outerMm, request.Limit - rows.Count, request.ViewerId ?? 0);
            if (ring is { } query)
            {
                rows.AddRange(await connection.QueryAsync<StoreSummaryRow>(session.Command(query.Sql, query.Parameters, cancellationToken)).ConfigureAwait(false));
            }

            if (rows.Count >= request.Limit || outerMm >= radiusMm)
            {
                return rows;
            }

            // Everything up to outerMm (inclusive) has been read: the next ring is strictly beyond it.
            var next = NextOuterMm(request.After?.SortKey ?? -1, outerMm, rows.Count, request.Limit, radiusMm);
            (afterKey, afterId, outerMm) = (outerMm, long.MaxValue, next);
        }
    }

    /// <summary>The first ring's outer radius: as much area past the position as a 250 m disc.</summary>
    public static long FirstOuterMm(long afterKey, long radiusMm) =>
        Math.Min(radiusMm, Grow(Math.Max(0, afterKey) / 1000d, FirstRingAreaRadiusMeters * FirstRingAreaRadiusMeters));

    /// <summary>
    /// The next ring's outer radius, after the rings from <paramref name="startKey"/> to <paramref name="outerMm"/>
    /// found <paramref name="found"/> rows: sized from the density seen (25 % spare), at least twice the area read so far
    /// and at most 16 times, four times when nothing was found.
    /// </summary>
    public static long NextOuterMm(long startKey, long outerMm, int found, int limit, long radiusMm)
    {
        var start = Math.Max(0, startKey) / 1000d;
        var outer = outerMm / 1000d;
        var covered = (outer * outer) - (start * start);
        var factor = found == 0 ? 4 : Math.Clamp(1.25 * limit / found, 2, 16);
        return Math.Min(radiusMm, Grow(start, covered * factor));
    }

    /// <summary>
    /// The SQL and parameters of one ring: stores after (<paramref name="afterKey"/>, <paramref name="afterId"/>) and
    /// within <paramref name="outerMm"/>; null when the ring's cover is empty (nothing can be in it).
    /// </summary>
    public static (string Sql, DynamicParameters Parameters)? Ring(GeoPoint origin, long afterKey, long afterId, long outerMm, int limit, long viewerId)
    {
        // 1 m inside the position and outside the radius: the cover and the planar tests are computed in doubles, the
        // filter in SQL, and a store they leave out must be one the keyset condition or the radius would drop anyway.
        var ring = new GeoRing(origin, (afterKey / 1000d) - 1, (outerMm / 1000d) + 1);
        if (ring.InnerMeters > ring.OuterMeters)
        {
            return null;
        }

        // One exact index range per span: a (band, longitude) pair of ix_stores_latitude_band. Coarser ranges (several
        // bands each) were measured: fewer ranges, but whole bands of entries to test, and page 50 cost several times more.
        var spans = ring.Cover();
        var test = ring.PlanarTest();
        var parameters = new DynamicParameters(new
        {
            lat = origin.Latitude,
            lng = origin.Longitude,
            innerWeight = test.InnerWeight,
            innerSquare = test.InnerSquare,
            outerWeight = test.OuterWeight,
            outerSquare = test.OuterSquare,
            radiusMm = outerMm,
            afterKey,
            afterId,
            viewerId,
            limit,
        });
        return spans.Count == 0 ? null : (NearbyStoresSql.ForRing(spans), parameters);
    }

    // The outer radius (whole mm, rounded up) of a ring from `start` whose area is π × extraSquareMeters.
    private static long Grow(double start, double extraSquareMeters) =>
        (long)Math.Ceiling(Math.Sqrt((start * start) + extraSquareMeters) * 1000);
}
