using System.Globalization;
using Hexagon.Adapters.Persistence.Rankings;
using Hexagon.Application.Rankings.CountOrders;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Outbox;
using StackExchange.Redis;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>
/// The shared test Redis seen through a key prefix of this test's own (so parallel tests and other suites' relays
/// never touch its boards), the adapter under test on it, and raw reads with the driver to check what it wrote.
/// </summary>
internal sealed class RankingRedis : IDisposable
{
    public RankingRedis(DateTimeOffset now, string? configuration = null)
    {
        Prefix = $"test:ranking:{Guid.NewGuid():N}";
        Clock = new OutboxClock(now);
        Multiplexer = ConnectionMultiplexer.Connect(configuration ?? TestServers.Redis);
        Options = new RankingOptions { KeyPrefix = Prefix, Timeout = TimeSpan.FromSeconds(2) };
        Board = new RedisRankingBoard(Multiplexer, Options, Clock);
        Counter = new OrderRankingCounter(Board, Clock);
    }

    public string Prefix { get; }

    public OutboxClock Clock { get; }

    public ConnectionMultiplexer Multiplexer { get; }

    public RankingOptions Options { get; }

    public RedisRankingBoard Board { get; }

    public OrderRankingCounter Counter { get; }

    private IDatabase Db => Multiplexer.GetDatabase();

    public static string Member(long storeId) => storeId.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>A board as (store id, score) pairs, best first; key is what follows the prefix, e.g. "orders:day:2026-11-22".</summary>
    public async Task<List<(long StoreId, double Score)>> BoardAsync(string key) =>
        (await Db.SortedSetRangeByRankWithScoresAsync($"{Prefix}:{key}", order: Order.Descending))
            .Select(entry => (long.Parse((string)entry.Element!, CultureInfo.InvariantCulture), entry.Score))
            .ToList();

    public async Task<List<string>> SetAsync(string key) =>
        (await Db.SetMembersAsync($"{Prefix}:{key}")).Select(member => (string)member!).OrderBy(member => member, StringComparer.Ordinal).ToList();

    public Task<TimeSpan?> TtlAsync(string key) => Db.KeyTimeToLiveAsync($"{Prefix}:{key}");

    /// <summary>Every key of this test, without the prefix, sorted.</summary>
    public List<string> Keys() => Multiplexer.GetServer(Multiplexer.GetEndPoints()[0])
        .Keys(pattern: Prefix + ":*", pageSize: 1000)
        .Select(key => ((string)key!)[(Prefix.Length + 1)..])
        .OrderBy(key => key, StringComparer.Ordinal)
        .ToList();

    public async Task DeleteAllAsync()
    {
        foreach (var key in Keys())
        {
            await Db.KeyDeleteAsync($"{Prefix}:{key}");
        }
    }

    public void Dispose()
    {
        try
        {
            if (Multiplexer.IsConnected)
            {
                DeleteAllAsync().GetAwaiter().GetResult();
            }
        }
        finally
        {
            Multiplexer.Dispose();
        }
    }
}
