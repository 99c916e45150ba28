using System.Globalization;
using System.Text.Json;
using Hexagon.Domain.Catalog;

namespace Hexagon.Integration.Tests.Catalog.Http;

/// <summary>
/// Nearest first is read in rings of growing radius (NearestStoresSearch): pages that end inside a ring, rings that
/// find nothing, ties that straddle a ring's edge and stores at the edge of the search radius must still list every
/// store within the radius exactly once, in (exact distance, id) order.
/// </summary>
public sealed class StoreListRingTests : CatalogHttpFixture
{
    private sealed record Placed(long Id, GeoPoint Point);

    // Each case has its own point, about 1,100 km from the others.
    [TestCase(10.0, 7)]
    [TestCase(20.0, 1)]
    [TestCase(30.0, 50)]
    public async Task A_walk_lists_a_dense_centre_a_sparse_edge_and_tied_stores_each_once_in_distance_order(double latitude, int take)
    {
        const double longitude = 120.0;
        var centre = GeoPoint.Create(latitude, longitude);
        var random = new Random(11);
        var placed = new List<Placed>();
        async Task PlaceAsync(GeoPoint point) => placed.Add(new Placed(await Rows.StoreAsync(point.Latitude, point.Longitude), point));

        // 60 stores within 300 m (the first ring is full at once), 40 between 600 m and 3,990 m (rings grow and come
        // back empty in between), 12 on one spot 2 km out (ties across pages and ring edges), 6 just beyond 4 km.
        var dense = Enumerable.Range(0, 60).Select(_ => Around(centre, random, 0, 300));
        var sparse = Enumerable.Range(0, 40).Select(_ => Around(centre, random, 600, 3_990));
        var tied = Enumerable.Repeat(Offset(centre, 0.017, 0.004), 12);
        var outside = Enumerable.Range(0, 6).Select(_ => Around(centre, random, 4_010, 4_500));
        foreach (var point in dense.Concat(sparse).Concat(tied).Concat(outside).OrderBy(_ => random.Next()).ToList())
        {
            await PlaceAsync(point);
        }

        var seen = await WalkAsync(latitude, longitude, take);

        var expected = placed.Where(store => centre.DistanceMeters(store.Point) <= 4_000)
            .OrderBy(store => Math.Round(centre.DistanceMeters(store.Point) * 1000)).ThenBy(store => store.Id)
            .Select(store => store.Id).ToList();
        Assert.That(seen, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_point_with_no_store_within_the_radius_gets_an_empty_last_page()
    {
        var centre = GeoPoint.Create(40.0, 120.0);
        await Rows.StoreAsync(40.0 + 0.0365, 120.0); // about 4,059 m north
        await Rows.StoreAsync(40.0, 120.0 - 0.0480); // about 4,090 m west at 40°N

        var page = await GetOkAsync(StoreListPagingTests.ListPath(centre.Latitude, centre.Longitude, "distance", null, 20));

        Assert.That(page.GetProperty("data").GetArrayLength(), Is.Zero);
        Assert.That(page.GetProperty("meta").GetProperty("hasNext").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Stores_a_few_centimetres_inside_the_radius_are_listed_and_those_just_beyond_are_not()
    {
        // 0.035972° of latitude is 3,999.91 m on the mean-radius sphere, 0.035973° is 4,000.02 m.
        const double latitude = 45.0;
        const double longitude = 120.0;
        var near = await Rows.StoreAsync(latitude + 0.01, longitude);
        var north = await Rows.StoreAsync(latitude + 0.035972, longitude);
        var south = await Rows.StoreAsync(latitude - 0.035972, longitude);
        await Rows.StoreAsync(latitude + 0.035973, longitude);
        await Rows.StoreAsync(latitude - 0.035973, longitude);

        // take 1: the last page starts from a cursor 1,112 m out and has to grow its ring to the whole radius.
        var seen = await WalkAsync(latitude, longitude, take: 1);

        Assert.That(seen, Is.EqualTo(new[] { near, north, south }));
    }

    private static GeoPoint Around(GeoPoint centre, Random random, double minMeters, double maxMeters)
    {
        var metres = minMeters + (random.NextDouble() * (maxMeters - minMeters));
        var bearing = random.NextDouble() * 2 * Math.PI;
        var degrees = metres / GeoPoint.MeanEarthRadiusMeters * 180 / Math.PI;
        return Offset(centre, degrees * Math.Cos(bearing), degrees * Math.Sin(bearing) / Math.Cos(centre.Latitude * Math.PI / 180));
    }

    // Rounded to the column's 6 decimals, so the distance computed here is the one the database computes.
    private static GeoPoint Offset(GeoPoint centre, double northDegrees, double eastDegrees) =>
        GeoPoint.Create(Math.Round(centre.Latitude + northDegrees, 6), Math.Round(centre.Longitude + eastDegrees, 6));

    private async Task<List<long>> WalkAsync(double latitude, double longitude, int take)
    {
        var seen = new List<long>();
        string? cursor = null;
        for (var pages = 0; pages < 200; pages++)
        {
            var page = await GetOkAsync(StoreListPagingTests.ListPath(latitude, longitude, "distance", cursor, take));
            var data = page.GetProperty("data");
            seen.AddRange(data.EnumerateArray().Select(store => store.GetProperty("storeId").GetInt64()));
            var meta = page.GetProperty("meta");
            if (!meta.GetProperty("hasNext").GetBoolean())
            {
                Assert.That(meta.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
                return seen;
            }

            Assert.That(data.GetArrayLength(), Is.EqualTo(take), string.Create(CultureInfo.InvariantCulture, $"page {pages + 1}"));
            cursor = meta.GetProperty("nextCursor").GetString();
        }

        Assert.Fail("the pages never ended");
        return seen;
    }
}
