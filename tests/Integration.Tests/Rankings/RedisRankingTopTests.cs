using Hexagon.Application.Rankings.Calendar;
using Hexagon.Application.Rankings.CountOrders;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>Reading the top of a board from Redis: value first, then store id, and a tie cut at the smallest ids.</summary>
public sealed class RedisRankingTopTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_top_ranks_by_value_then_store_id_and_cuts_a_tie_at_the_smallest_ids()
    {
        using var redis = new RankingRedis(Now);
        var placed = new RankingOrderPlacedHandler(redis.Counter);
        var n = 0;
        foreach (var (storeId, orders) in new[] { (12L, 2), (3L, 2), (100L, 5), (7L, 2), (9L, 1) })
        {
            for (var i = 0; i < orders; i++)
            {
                await placed.HandleAsync(OrderMessages.Placed($"o-{++n}", storeId, 1_000, Now), CancellationToken.None);
            }
        }

        var top3 = await redis.Board.TopAsync(RankingCalendar.Current(RankingPeriod.Day, Now), RankingMetric.Orders, 3, CancellationToken.None);
        var all = await redis.Board.TopAsync(RankingCalendar.AllTime, RankingMetric.Revenue, 50, CancellationToken.None);

        Assert.That(top3, Is.EqualTo(new[] { new StoreScore(100, 5), new StoreScore(3, 2), new StoreScore(7, 2) }));
        Assert.That(all.Select(score => score.StoreId), Is.EqualTo(new[] { 100L, 3, 7, 12, 9 }));
    }

    [Test]
    public async Task An_empty_board_reads_as_an_empty_ranking()
    {
        using var redis = new RankingRedis(Now);

        var top = await redis.Board.TopAsync(RankingCalendar.Current(RankingPeriod.Week, Now), RankingMetric.Orders, 10, CancellationToken.None);

        Assert.That(top, Is.Empty);
    }
}
