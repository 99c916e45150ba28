using System.Globalization;
using Hexagon.Application.Rankings.Ports;
using StackExchange.Redis;

namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>
/// The rankings in Redis sorted sets (one per board and metric; member: store id, score: order count or won).
/// Changes run as one Lua script per order message, so the idempotency marker and the scores move together.
/// Period boards expire at their <see cref="RankingBucket.ExpiresAt"/> (set relative to this clock, so a test clock
/// gives predictable TTLs); all-time boards never do.
/// </summary>
public sealed class RedisRankingBoard(IConnectionMultiplexer redis, RankingOptions options, TimeProvider clock) : IRankingBoard
{
    private readonly RedisRankingKeys _keys = new(options.KeyPrefix);

    public async Task<bool> ApplyAsync(OrderRankingChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = clock.GetUtcNow();
        var buckets = change.Buckets.Where(bucket => bucket.IsLiveAt(now)).ToList();
        if (buckets.Count == 0)
        {
            return false;
        }

        var keys = buckets
            .SelectMany(bucket => new[] { _keys.Board(bucket, RankingMetric.Orders), _keys.Board(bucket, RankingMetric.Revenue), _keys.Applied(bucket) })
            .ToArray();
        var opposite = change.Move == RankingMove.Placed ? RankingMove.Cancelled : RankingMove.Placed;
        var values = new RedisValue[]
            {
                RedisRankingKeys.Marker(change.Move, change.OrderNo),
                RedisRankingKeys.Marker(opposite, change.OrderNo),
                change.Move == RankingMove.Placed ? "1" : "0",
                RedisRankingKeys.Member(change.StoreId),
                change.Amount,
            }
            .Concat(buckets.Select(bucket => (RedisValue)TimeToLive(bucket, now)))
            .ToArray();
        var changed = await RedisCalls.RunAsync(
            () => redis.GetDatabase().ScriptEvaluateAsync(RedisRankingScripts.Apply, keys, values), options.Timeout, cancellationToken).ConfigureAwait(false);
        return (long)changed > 0;
    }

    public async Task<IReadOnlyList<StoreScore>> TopAsync(RankingBucket bucket, RankingMetric metric, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var reply = await RedisCalls.RunAsync(
            () => redis.GetDatabase().ScriptEvaluateAsync(RedisRankingScripts.Top, [_keys.Board(bucket, metric)], [take]),
            options.Timeout,
            cancellationToken).ConfigureAwait(false);
        var pairs = (RedisResult[])reply!;
        var scores = new List<StoreScore>(pairs.Length / 2);
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            var value = double.Parse((string)pairs[i + 1]!, NumberStyles.Float, CultureInfo.InvariantCulture);
            scores.Add(new StoreScore(RedisRankingKeys.StoreId((RedisValue)pairs[i]), (long)Math.Round(value)));
        }

        return scores.OrderByDescending(score => score.Value).ThenBy(score => score.StoreId).Take(take).ToList();
    }

    public Task<IRankingRebuild> BeginRebuildAsync(IReadOnlyList<RankingBucket> buckets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        IRankingRebuild rebuild = new RedisRankingRebuild(redis, _keys, buckets, options.Timeout, clock);
        return Task.FromResult(rebuild);
    }

    /// <summary>Milliseconds until the bucket expires (at least 1: a zero would mean "forever" to the script), or -1 for all-time.</summary>
    internal static long TimeToLive(RankingBucket bucket, DateTimeOffset now) => bucket.ExpiresAt is { } expiry
        ? Math.Max(1, (long)Math.Ceiling((expiry - now).TotalMilliseconds))
        : -1;
}
