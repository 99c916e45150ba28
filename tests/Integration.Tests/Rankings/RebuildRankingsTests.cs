using System.Globalization;
using Hexagon.Adapters.Persistence.Rankings;
using Hexagon.Application.Rankings.Calendar;
using Hexagon.Application.Rankings.RebuildRankings;
using Hexagon.Bootstrap.CommandLine;
using Hexagon.Integration.Tests.Infrastructure;
using StackExchange.Redis;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>`--rebuild-rankings`: Redis recomputed from MySQL's orders equals what live counting built, markers included.</summary>
public sealed class RebuildRankingsTests
{
    private static readonly DateTimeOffset Now = RebuildOrders.Now;

    [Test]
    public async Task The_rebuild_reproduces_live_counting_and_replays_after_it_change_nothing()
    {
        await using var database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_rebuild");
        await RebuildOrders.InsertAsync(database);
        using var redis = new RankingRedis(Now);
        await RebuildOrders.DeliverEveryMessageAsync(redis);
        var live = await StateAsync(redis);
        Assert.That(live, Has.Some.StartsWith("orders:day:2026-11-22 => 0000000000000000001:1"), "live counting did count");

        await redis.DeleteAllAsync();
        await redis.Multiplexer.GetDatabase().SortedSetAddAsync($"{redis.Prefix}:orders:day:2026-11-22", RankingRedis.Member(999), 50);
        await redis.Multiplexer.GetDatabase().SortedSetAddAsync($"{redis.Prefix}:orders:day:2026-11-20", RankingRedis.Member(999), 50);
        var result = await new RebuildRankingsService(new MySqlOrderRankingSource(database.ConnectionFactory()), redis.Board, redis.Clock)
            .RebuildAsync(CancellationToken.None);

        Assert.That((result.OrdersRead, result.OrdersCounted), Is.EqualTo((9L, 6L)));
        Assert.That(await StateAsync(redis), Is.EqualTo(live), "rebuilt from MySQL = counted live (and the stray store is gone)");
        await AssertSameTtlsAsync(redis, live);
        Assert.That(redis.Keys(), Has.None.Contains(":rebuild:"), "no staging key is left");

        await RebuildOrders.DeliverEveryMessageAsync(redis);
        Assert.That(await StateAsync(redis), Is.EqualTo(live), "old messages delivered again after the rebuild count nothing");
    }

    [Test]
    public async Task The_command_line_rebuilds_through_the_composition_root()
    {
        await using var database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_rebuild");
        await RebuildOrders.InsertAsync(database);
        using var redis = new RankingRedis(Now);
        await using var factory = new HexagonApiFactory(new Dictionary<string, string?> { ["Rankings:KeyPrefix"] = redis.Prefix }, database.Name);
        using var output = new StringWriter();

        var exitCode = await RebuildRankingsCommandLine.RunAsync(factory.Services, output, CancellationToken.None);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ToString(), Does.Contain("from 9 orders (6 counted)"));
        Assert.That(await redis.BoardAsync("orders:all"), Is.EqualTo(new[] { (3L, 3d), (1L, 2d), (2L, 1d) }));
        Assert.That(await redis.BoardAsync("revenue:all"), Is.EqualTo(new[] { (3L, 19_000d), (1L, 15_000d), (2L, 7_000d) }));
        Assert.That(await redis.SetAsync("applied:all"), Does.Contain("cancelled:r-4").And.Contain("placed:r-4").And.Contain("placed:r-9"));
    }

    [Test]
    public async Task With_Redis_stopped_the_command_line_fails_with_exit_code_1()
    {
        await using var database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_rebuild");
        await RebuildOrders.InsertAsync(database);
        using var server = new RedisServerProcess();
        server.Start();
        await using var factory = new HexagonApiFactory(database: database.Name, redis: server.Configuration);
        server.Stop();
        using var output = new StringWriter();

        var exitCode = await RebuildRankingsCommandLine.RunAsync(factory.Services, output, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output.ToString(), Does.StartWith("rebuild-rankings failed: Redis is unavailable"));
    }

    /// <summary>Every key with its content, as text: "key => member:score ..." for boards, "key => marker ..." for sets.</summary>
    private static async Task<List<string>> StateAsync(RankingRedis redis)
    {
        var lines = new List<string>();
        foreach (var key in redis.Keys())
        {
            var full = $"{redis.Prefix}:{key}";
            var type = await redis.Multiplexer.GetDatabase().KeyTypeAsync(full);
            var content = type == RedisType.SortedSet
                ? (await redis.Multiplexer.GetDatabase().SortedSetRangeByRankWithScoresAsync(full))
                    .Select(entry => $"{entry.Element}:{entry.Score}").OrderBy(text => text, StringComparer.Ordinal).ToList()
                : await redis.SetAsync(key);
            lines.Add($"{key} => {string.Join(' ', content)}");
        }

        return lines;
    }

    private static async Task AssertSameTtlsAsync(RankingRedis redis, List<string> state)
    {
        foreach (var key in state.Select(line => line[..line.IndexOf(' ', StringComparison.Ordinal)]))
        {
            var ttl = await redis.TtlAsync(key);
            var expected = ExpiresAt(key) - Now;
            if (expected is null)
            {
                Assert.That(ttl, Is.Null, key);
            }
            else
            {
                Assert.That(ttl, Is.Not.Null.And.LessThanOrEqualTo(expected.Value).And.GreaterThan(expected.Value - TimeSpan.FromMinutes(1)), key);
            }
        }
    }

    /// <summary>When the board of a key expires, from its label alone: null for all-time.</summary>
    private static DateTimeOffset? ExpiresAt(string key)
    {
        var label = key[(key.LastIndexOf(':') + 1)..];
        if (key.Contains(":day:", StringComparison.Ordinal))
        {
            return RankingCalendar.Day(DateOnly.ParseExact(label, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ExpiresAt;
        }

        if (key.Contains(":week:", StringComparison.Ordinal))
        {
            var monday = ISOWeek.ToDateTime(int.Parse(label[..4], CultureInfo.InvariantCulture), int.Parse(label[6..], CultureInfo.InvariantCulture), DayOfWeek.Monday);
            return RankingCalendar.WeekOf(DateOnly.FromDateTime(monday)).ExpiresAt;
        }

        return null;
    }
}
