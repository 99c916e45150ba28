using Dapper;
using Hexagon.Adapters.Persistence.Catalog;
using Hexagon.Domain.Catalog;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Catalog.ListStores;

/// <summary>The store list query reads the bounding box through ix_stores_location, never the whole table.</summary>
public sealed class NearbyStoresExplainTests
{
    [TestCase(StoreSort.Distance)]
    [TestCase(StoreSort.Likes)]
    public async Task The_list_query_reads_a_range_of_the_location_index(StoreSort sort)
    {
        await using var database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_explain");
        // 2,000 stores spread over about 500 x 400 km, deterministically: the 4 km box holds a handful of them.
        var random = new Random(4);
        var stores = Enumerable.Range(0, 2_000).Select(index => new
        {
            name = $"매장 {index}",
            latitude = Math.Round(34m + ((decimal)random.NextDouble() * 4m), 6),
            longitude = Math.Round(125m + ((decimal)random.NextDouble() * 5m), 6),
        });
        await using (var connection = await database.OpenRawAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await connection.ExecuteAsync(
                """
                INSERT INTO stores (name, address, phone, latitude, longitude, pickup_minutes, tags, created_at, updated_at)
                VALUES (@name, '주소', '02-000', @latitude, @longitude, 10, '[]', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                """,
                stores,
                transaction);
            await transaction.CommitAsync();
            await connection.ExecuteAsync("ANALYZE TABLE stores");
        }

        var origin = GeoPoint.Create(36.0, 127.5);
        var box = origin.BoundingBox(4_000);
        var parameters = new
        {
            lat = origin.Latitude,
            lng = origin.Longitude,
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

        var plan = (await database.QueryAsync<dynamic>("EXPLAIN " + NearbyStoresSql.For(sort, afterPosition: true), parameters))
            .Select(row => (IDictionary<string, object?>)row)
            .ToList();

        var storesRow = plan.Single(row => Equals(row["table"], "s"));
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, plan.Select(row => string.Join(" | ", row.Select(cell => $"{cell.Key}={cell.Value}")))));
        Assert.That(storesRow["key"], Is.EqualTo("ix_stores_location"));
        Assert.That(storesRow["type"], Is.EqualTo("range"));
        Assert.That(Convert.ToInt64(storesRow["rows"], System.Globalization.CultureInfo.InvariantCulture), Is.LessThan(200));
        Assert.That(plan.Select(row => row["type"]), Has.None.EqualTo("ALL"));
    }
}
