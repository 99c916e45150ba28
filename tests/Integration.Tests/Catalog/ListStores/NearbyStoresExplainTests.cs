using System.Globalization;
using Dapper;
using Hexagon.Adapters.Persistence.Catalog;
using Hexagon.Domain.Catalog;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Catalog.ListStores;

/// <summary>
/// The store list queries read index ranges, never the whole table: nearest first a ring's (latitude band, longitude)
/// ranges of ix_stores_latitude_band, the other sorts the bounding box through ix_stores_location.
/// </summary>
public sealed class NearbyStoresExplainTests
{
    private static readonly GeoPoint Origin = GeoPoint.Create(36.0, 127.5);

    [TestCase(-1L, 0L, 250_000L)]
    [TestCase(1_200_000L, 77L, 1_300_000L)]
    [TestCase(-1L, 0L, 4_000_000L)]
    public async Task A_ring_of_the_nearest_first_search_reads_ranges_of_the_latitude_band_index(long afterKey, long afterId, long outerMm)
    {
        await using var database = await SeedAsync();
        var ring = NearestStoresSearch.Ring(Origin, afterKey, afterId, outerMm, 21, 0)!.Value;

        var plan = await ExplainAsync(database, ring.Sql, ring.Parameters);

        var storesRow = plan.Single(row => Equals(row["table"], "s"));
        Assert.That(storesRow["key"], Is.EqualTo("ix_stores_latitude_band"));
        Assert.That(storesRow["type"], Is.EqualTo("range"));
        Assert.That(Convert.ToInt64(storesRow["rows"], CultureInfo.InvariantCulture), Is.LessThan(200));
        Assert.That(plan.Select(row => row["type"]), Has.None.EqualTo("ALL"));
    }

    [TestCase(StoreSort.Likes)]
    [TestCase(StoreSort.Rating)]
    public async Task The_box_query_of_the_other_sorts_reads_a_range_of_the_location_index(StoreSort sort)
    {
        await using var database = await SeedAsync();
        var box = Origin.BoundingBox(4_000);
        var parameters = new
        {
            lat = Origin.Latitude,
            lng = Origin.Longitude,
            minLat = (decimal)box.MinLatitude,
            maxLat = (decimal)box.MaxLatitude,
            minLng = (decimal)box.MinLongitude,
            maxLng = (decimal)box.MaxLongitude,
            radiusMm = 4_000_000L,
            afterKey = 0L,
            afterId = 0L,
            viewerId = 0L,
            limit = 21,
        };

        var plan = await ExplainAsync(database, NearbyStoresSql.For(sort, afterPosition: true), parameters);

        var storesRow = plan.Single(row => Equals(row["table"], "s"));
        Assert.That(storesRow["key"], Is.EqualTo("ix_stores_location"));
        Assert.That(storesRow["type"], Is.EqualTo("range"));
        Assert.That(Convert.ToInt64(storesRow["rows"], CultureInfo.InvariantCulture), Is.LessThan(200));
        Assert.That(plan.Select(row => row["type"]), Has.None.EqualTo("ALL"));
    }

    // 2,000 stores spread over about 500 x 400 km, deterministically: a 4 km box holds a handful of them.
    private static async Task<ThrowawayDatabase> SeedAsync()
    {
        var database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_explain");
        var random = new Random(4);
        var stores = Enumerable.Range(0, 2_000).Select(index => new
        {
            name = $"매장 {index}",
            latitude = Math.Round(34m + ((decimal)random.NextDouble() * 4m), 6),
            longitude = Math.Round(125m + ((decimal)random.NextDouble() * 5m), 6),
        });
        await using var connection = await database.OpenRawAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO stores (name, address, phone, latitude, longitude, pickup_minutes, tags, created_at, updated_at)
                VALUES (@name, '주소', '02-000', @latitude, @longitude, 10, '[]', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                """,
                stores,
                transaction);
            await transaction.CommitAsync();
        }

        await connection.ExecuteAsync("ANALYZE TABLE stores");
        return database;
    }

    private static async Task<List<IDictionary<string, object?>>> ExplainAsync(ThrowawayDatabase database, string sql, object parameters)
    {
        var plan = (await database.QueryAsync<dynamic>("EXPLAIN " + sql, parameters)).Select(row => (IDictionary<string, object?>)row).ToList();
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, plan.Select(row => string.Join(" | ", row.Select(cell => $"{cell.Key}={cell.Value}")))));
        return plan;
    }
}
