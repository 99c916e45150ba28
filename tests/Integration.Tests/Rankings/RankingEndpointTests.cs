using System.Net;
using System.Text.Json;
using Hexagon.Application.Rankings.Calendar;
using Hexagon.Application.Rankings.CountOrders;
using Hexagon.Application.Rankings.Ports;
using Hexagon.Integration.Tests.Cart;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>GET /api/v1/rankings/stores through the whole service: Redis scores, MySQL names, the query rules.</summary>
public sealed class RankingEndpointTests
{
    private ThrowawayDatabase _database = null!;
    private RankingRedis _redis = null!;
    private HexagonApiFactory _factory = null!;
    private HttpClient _client = null!;
    private long _cafe, _bakery, _noodles, _quiet;

    [OneTimeSetUp]
    public async Task StartService()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_rank");
        // The endpoint reads the board of the real "now", so the counting clock is the real one too.
        _redis = new RankingRedis(DateTimeOffset.UtcNow);
        _factory = new HexagonApiFactory(new Dictionary<string, string?> { ["Rankings:KeyPrefix"] = _redis.Prefix }, _database.Name);
        _client = _factory.CreateClient();

        var stores = new CartRows(_database);
        _cafe = await stores.StoreAsync("랭킹 카페");
        _bakery = await stores.StoreAsync("랭킹 베이커리");
        _noodles = await stores.StoreAsync("랭킹 국수");
        _quiet = await stores.StoreAsync("조용한 가게");

        // cafe: 3 orders, 9,000 won; bakery: 2 orders, 30,000 won; noodles: 2 orders, 12,000 won; quiet: nothing.
        var placed = new RankingOrderPlacedHandler(_redis.Counter);
        var now = DateTimeOffset.UtcNow;
        var n = 0;
        foreach (var (storeId, amount) in new[] { (_cafe, 3_000L), (_cafe, 3_000L), (_cafe, 3_000L), (_bakery, 15_000L), (_bakery, 15_000L), (_noodles, 6_000L), (_noodles, 6_000L) })
        {
            await placed.HandleAsync(OrderMessages.Placed($"e-{++n}", storeId, amount, now), CancellationToken.None);
        }
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _redis.Dispose();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task Orders_rank_stores_by_count_with_ties_by_store_id_and_names_from_MySQL()
    {
        var body = await GetOkAsync("/api/v1/rankings/stores?period=all&metric=orders");

        Assert.That(Lines(body), Is.EqualTo(new[]
        {
            (1, _cafe, "랭킹 카페", 3L),
            (2, _bakery, "랭킹 베이커리", 2L), // tied with noodles: the smaller store id first
            (3, _noodles, "랭킹 국수", 2L),
        }));
        Assert.That(body.GetProperty("meta").GetProperty("label").GetString(), Is.EqualTo("all"));
    }

    [Test]
    public async Task Revenue_of_today_and_this_week_in_Korea()
    {
        var now = DateTimeOffset.UtcNow;
        var today = await GetOkAsync("/api/v1/rankings/stores?period=day&metric=revenue");
        var week = await GetOkAsync("/api/v1/rankings/stores?period=week&metric=revenue&take=2");

        Assert.That(Lines(today).Select(line => (line.StoreId, line.Value)), Is.EqualTo(new[] { (_bakery, 30_000L), (_noodles, 12_000L), (_cafe, 9_000L) }));
        Assert.That(Lines(week).Select(line => line.StoreId), Is.EqualTo(new[] { _bakery, _noodles }));
        Assert.That(today.GetProperty("meta").GetProperty("label").GetString(), Is.EqualTo(RankingCalendar.Current(RankingPeriod.Day, now).Label));
        Assert.That(week.GetProperty("meta").GetProperty("period").GetString(), Is.EqualTo("week"));
        Assert.That(week.GetProperty("meta").GetProperty("metric").GetString(), Is.EqualTo("revenue"));
    }

    [Test]
    public async Task The_defaults_are_today_by_orders_and_no_sign_in_is_needed()
    {
        var body = await GetOkAsync("/api/v1/rankings/stores");

        Assert.That(body.GetProperty("meta").GetProperty("period").GetString(), Is.EqualTo("day"));
        Assert.That(body.GetProperty("meta").GetProperty("metric").GetString(), Is.EqualTo("orders"));
        Assert.That(Lines(body).Select(line => line.StoreId), Is.EqualTo(new[] { _cafe, _bakery, _noodles }));
    }

    [TestCase("period=month", "period")]
    [TestCase("metric=likes", "metric")]
    [TestCase("take=0", "take")]
    [TestCase("take=51", "take")]
    [TestCase("take=ten", "take")]
    [TestCase("sort=asc", "sort")]
    [TestCase("period=day&period=week", "period")]
    public async Task A_bad_query_is_1111_naming_the_field(string query, string field)
    {
        using var response = await _client.GetAsync(new Uri("/api/v1/rankings/stores?" + query, UriKind.Relative));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    private async Task<JsonElement> GetOkAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return await JsonHttp.ReadAsync(response, HttpStatusCode.OK);
    }

    private static List<(int Rank, long StoreId, string? Name, long Value)> Lines(JsonElement body) => body.GetProperty("data").EnumerateArray()
        .Select(line => (
            line.GetProperty("rank").GetInt32(),
            line.GetProperty("storeId").GetInt64(),
            line.GetProperty("name").GetString(),
            line.GetProperty("value").GetInt64()))
        .ToList();
}
