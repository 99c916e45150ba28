using Hexagon.Application.Rankings.Ports;
using StackExchange.Redis;

namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>
/// Builds replacement boards under "{prefix}:rebuild:{run}:..." while the live ones keep serving, then swaps all of
/// them in with one script (RENAME keeps readers from ever seeing a half-built board). Staging keys expire after an
/// hour on their own, so a rebuild that dies leaves nothing behind for long.
/// </summary>
internal sealed class RedisRankingRebuild(
    IConnectionMultiplexer redis, RedisRankingKeys keys, IReadOnlyList<RankingBucket> buckets, TimeSpan timeout, TimeProvider clock) : IRankingRebuild
{
    private static readonly TimeSpan StagingLifetime = TimeSpan.FromHours(1);

    private readonly string _runId = Guid.NewGuid().ToString("N");
    private bool _committed;

    public async Task AddTotalsAsync(RankingBucket bucket, IReadOnlyList<StoreTotals> totals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(totals);
        await AddScoresAsync(keys.Board(bucket, RankingMetric.Orders), totals.Select(total => (total.StoreId, total.Orders)), cancellationToken).ConfigureAwait(false);
        await AddScoresAsync(keys.Board(bucket, RankingMetric.Revenue), totals.Select(total => (total.StoreId, total.Revenue)), cancellationToken).ConfigureAwait(false);
    }

    public async Task AddAppliedAsync(RankingBucket bucket, RankingMove move, IReadOnlyList<string> orderNos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orderNos);
        if (orderNos.Count == 0)
        {
            return;
        }

        var staging = Staging(keys.Applied(bucket));
        var members = orderNos.Select(orderNo => (RedisValue)RedisRankingKeys.Marker(move, orderNo)).ToArray();
        await RedisCalls.RunAsync(() => redis.GetDatabase().SetAddAsync(staging, members), timeout, cancellationToken).ConfigureAwait(false);
        await RedisCalls.RunAsync(() => redis.GetDatabase().KeyExpireAsync(staging, StagingLifetime), timeout, cancellationToken).ConfigureAwait(false);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pairs = buckets
            .SelectMany(bucket => new[] { keys.Board(bucket, RankingMetric.Orders), keys.Board(bucket, RankingMetric.Revenue), keys.Applied(bucket) }
                .Select(live => (Live: live, Ttl: bucket.IsLiveAt(now) ? RedisRankingBoard.TimeToLive(bucket, now) : 0)))
            .ToList();
        var scriptKeys = pairs.SelectMany(pair => new[] { Staging(pair.Live), pair.Live }).ToArray();
        var ttls = pairs.Select(pair => (RedisValue)pair.Ttl).ToArray();
        await RedisCalls.RunAsync(() => redis.GetDatabase().ScriptEvaluateAsync(RedisRankingScripts.Swap, scriptKeys, ttls), timeout, cancellationToken)
            .ConfigureAwait(false);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_committed)
        {
            return;
        }

        var staging = buckets
            .SelectMany(bucket => new[] { keys.Board(bucket, RankingMetric.Orders), keys.Board(bucket, RankingMetric.Revenue), keys.Applied(bucket) })
            .Select(Staging)
            .ToArray();
        try
        {
            await RedisCalls.RunAsync(() => redis.GetDatabase().KeyDeleteAsync(staging), timeout, CancellationToken.None).ConfigureAwait(false);
        }
        catch (RankingBoardUnavailableException)
        {
            // The staging keys expire on their own; the failure that stopped the rebuild is the one to report.
        }
    }

    private async Task AddScoresAsync(RedisKey live, IEnumerable<(long StoreId, long Value)> scores, CancellationToken cancellationToken)
    {
        var entries = scores.Where(score => score.Value > 0)
            .Select(score => new SortedSetEntry(RedisRankingKeys.Member(score.StoreId), score.Value))
            .ToArray();
        if (entries.Length == 0)
        {
            return;
        }

        var staging = Staging(live);
        await RedisCalls.RunAsync(() => redis.GetDatabase().SortedSetAddAsync(staging, entries), timeout, cancellationToken).ConfigureAwait(false);
        await RedisCalls.RunAsync(() => redis.GetDatabase().KeyExpireAsync(staging, StagingLifetime), timeout, cancellationToken).ConfigureAwait(false);
    }

    private RedisKey Staging(RedisKey live) => keys.Staging(live, _runId);
}
