using Hexagon.Application.Rankings.Calendar;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Rankings.RebuildRankings;

/// <summary>
/// MySQL is the source of truth; this puts Redis back in line with it (after a Redis loss, a bug, a dead-lettered
/// ranking message). Everything is read from one MySQL snapshot, so totals and idempotency markers agree: an order
/// counted here is marked placed, one taken back out is marked placed and cancelled, and a later delivery of their
/// old outbox messages changes nothing. Weeks are summed from the days in code, with the same calendar live
/// counting uses, rather than by MySQL's own week functions.
/// </summary>
public sealed class RebuildRankingsService(IOrderRankingSource source, IRankingBoard board, TimeProvider clock) : IRebuildRankings
{
    public const int MarkPageSize = 5000;

    public async Task<RebuildRankingsResult> RebuildAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var buckets = RankingCalendar.LiveBuckets(now);
        var oldestWeek = buckets.Where(bucket => bucket.Period == RankingPeriod.Week).Min(bucket => bucket.ExpiresAt!.Value);
        var since = oldestWeek - RankingCalendar.WeekMargin - TimeSpan.FromDays(7);

        var snapshot = await source.OpenSnapshotAsync(cancellationToken).ConfigureAwait(false);
        await using (snapshot.ConfigureAwait(false))
        {
            var rebuild = await board.BeginRebuildAsync(buckets, cancellationToken).ConfigureAwait(false);
            await using (rebuild.ConfigureAwait(false))
            {
                var daily = await snapshot.DailyTotalsAsync(since, cancellationToken).ConfigureAwait(false);
                foreach (var bucket in buckets)
                {
                    var totals = bucket.Period == RankingPeriod.All
                        ? await snapshot.AllTimeTotalsAsync(cancellationToken).ConfigureAwait(false)
                        : Sum(daily.Where(day => Bucket(bucket.Period, day.KoreanDate) == bucket));
                    await rebuild.AddTotalsAsync(bucket, totals, cancellationToken).ConfigureAwait(false);
                }

                var (read, counted) = await MarkAsync(snapshot, rebuild, buckets, cancellationToken).ConfigureAwait(false);
                await rebuild.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new RebuildRankingsResult(buckets.Select(bucket => bucket.Label).ToList(), read, counted);
            }
        }
    }

    private static async Task<(long Read, long Counted)> MarkAsync(
        IOrderRankingSnapshot snapshot, IRankingRebuild rebuild, IReadOnlyList<RankingBucket> buckets, CancellationToken cancellationToken)
    {
        var live = buckets.ToHashSet();
        long read = 0, counted = 0, afterId = 0;
        while (true)
        {
            var page = await snapshot.MarksAsync(afterId, MarkPageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return (read, counted);
            }

            read += page.Count;
            counted += page.Count(order => !order.Cancelled);
            afterId = page[^1].Id;
            var byBucket = page
                .SelectMany(order => RankingCalendar.BucketsOf(order.PlacedAt).Where(live.Contains).Select(bucket => (bucket, order)))
                .GroupBy(pair => pair.bucket, pair => pair.order);
            foreach (var orders in byBucket)
            {
                await rebuild.AddAppliedAsync(orders.Key, RankingMove.Placed, orders.Select(order => order.OrderNo).ToList(), cancellationToken)
                    .ConfigureAwait(false);
                var cancelled = orders.Where(order => order.Cancelled).Select(order => order.OrderNo).ToList();
                if (cancelled.Count > 0)
                {
                    await rebuild.AddAppliedAsync(orders.Key, RankingMove.Cancelled, cancelled, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static RankingBucket Bucket(RankingPeriod period, DateOnly koreanDate) =>
        period == RankingPeriod.Day ? RankingCalendar.Day(koreanDate) : RankingCalendar.WeekOf(koreanDate);

    private static List<StoreTotals> Sum(IEnumerable<DailyStoreTotals> days) => days
        .GroupBy(day => day.StoreId)
        .Select(store => new StoreTotals(store.Key, store.Sum(day => day.Orders), store.Sum(day => day.Revenue)))
        .ToList();
}
