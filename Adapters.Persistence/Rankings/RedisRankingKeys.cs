using System.Globalization;
using Hexagon.Application.Rankings.Ports;
using StackExchange.Redis;

namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>
/// Key and member names. Boards: "{prefix}:{orders|revenue}:{day|week|all}[:{label}]", e.g.
/// "hexagon:ranking:orders:day:2026-11-22", "hexagon:ranking:revenue:week:2026-W47", "hexagon:ranking:orders:all";
/// each board's idempotency markers: "{prefix}:applied:..." (a set of "placed:{orderNo}" and "cancelled:{orderNo}").
/// Members are store ids zero-padded to 19 digits: Redis orders equal scores by member bytes, so padding makes that
/// order the numeric one, which is how ties are ranked (store id ascending).
/// </summary>
internal sealed class RedisRankingKeys(string prefix)
{
    public RedisKey Board(RankingBucket bucket, RankingMetric metric) =>
        Key(metric == RankingMetric.Orders ? "orders" : "revenue", bucket);

    public RedisKey Applied(RankingBucket bucket) => Key("applied", bucket);

    /// <summary>Where a rebuild builds the replacement of <paramref name="live"/> before swapping it in.</summary>
    public RedisKey Staging(RedisKey live, string runId) => $"{prefix}:rebuild:{runId}:{((string)live!)[(prefix.Length + 1)..]}";

    public static RedisValue Member(long storeId) => storeId.ToString("D19", CultureInfo.InvariantCulture);

    public static long StoreId(RedisValue member) => long.Parse((string)member!, NumberStyles.None, CultureInfo.InvariantCulture);

    public static string Marker(RankingMove move, string orderNo) =>
        (move == RankingMove.Placed ? "placed:" : "cancelled:") + orderNo;

    private RedisKey Key(string kind, RankingBucket bucket) => bucket.Period switch
    {
        RankingPeriod.Day => $"{prefix}:{kind}:day:{bucket.Label}",
        RankingPeriod.Week => $"{prefix}:{kind}:week:{bucket.Label}",
        _ => $"{prefix}:{kind}:all",
    };
}
