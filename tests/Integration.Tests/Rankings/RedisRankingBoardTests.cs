using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Rankings.CountOrders;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>The Redis board on a real Redis: what an order message does to the keys, once, and for how long.</summary>
public sealed class RedisRankingBoardTests
{
    // Sunday 2026-11-22, 12:00 in Korea.
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_placed_order_counts_on_its_day_week_and_all_time_boards_with_their_expiry()
    {
        using var redis = new RankingRedis(Now);

        var answer = await Placed(redis).HandleAsync(OrderMessages.Placed("o-1", 42, 14_000, Now), CancellationToken.None);

        Assert.That(answer.Kind, Is.EqualTo(OutboxHandlingKind.Done));
        Assert.That(redis.Keys(), Is.EqualTo(new[]
        {
            "applied:all", "applied:day:2026-11-22", "applied:week:2026-W47",
            "orders:all", "orders:day:2026-11-22", "orders:week:2026-W47",
            "revenue:all", "revenue:day:2026-11-22", "revenue:week:2026-W47",
        }));
        foreach (var period in new[] { "day:2026-11-22", "week:2026-W47", "all" })
        {
            Assert.That(await redis.BoardAsync($"orders:{period}"), Is.EqualTo(new[] { (42L, 1d) }), period);
            Assert.That(await redis.BoardAsync($"revenue:{period}"), Is.EqualTo(new[] { (42L, 14_000d) }), period);
            Assert.That(await redis.SetAsync($"applied:{period}"), Is.EqualTo(new[] { "placed:o-1" }), period);
        }

        // The day ends at 15:00Z and is kept 2 days more: 12 h + 48 h from now. The week ends with the day, kept 14 days.
        await AssertTtlAsync(redis, "day:2026-11-22", TimeSpan.FromHours(60));
        await AssertTtlAsync(redis, "week:2026-W47", TimeSpan.FromHours(12) + TimeSpan.FromDays(14));
        foreach (var key in new[] { "orders:all", "revenue:all", "applied:all" })
        {
            Assert.That(await redis.TtlAsync(key), Is.Null, key + " never expires");
        }
    }

    [Test]
    public async Task A_replayed_message_counts_once()
    {
        using var redis = new RankingRedis(Now);
        var message = OrderMessages.Placed("o-1", 42, 14_000, Now);

        await Placed(redis).HandleAsync(message, CancellationToken.None);
        await Placed(redis).HandleAsync(message, CancellationToken.None);
        await Placed(redis).HandleAsync(OrderMessages.Placed("o-2", 42, 6_000, Now), CancellationToken.None);

        Assert.That(await redis.BoardAsync("orders:day:2026-11-22"), Is.EqualTo(new[] { (42L, 2d) }));
        Assert.That(await redis.BoardAsync("revenue:all"), Is.EqualTo(new[] { (42L, 20_000d) }));
    }

    [Test]
    public async Task A_cancel_takes_the_order_back_out_once_and_the_store_leaves_the_board()
    {
        using var redis = new RankingRedis(Now);
        await Placed(redis).HandleAsync(OrderMessages.Placed("o-1", 42, 14_000, Now), CancellationToken.None);
        await Placed(redis).HandleAsync(OrderMessages.Placed("o-2", 7, 5_000, Now), CancellationToken.None);

        await Cancelled(redis).HandleAsync(OrderMessages.Cancelled("o-1", 42, 14_000, Now), CancellationToken.None);
        await Cancelled(redis).HandleAsync(OrderMessages.Cancelled("o-1", 42, 14_000, Now), CancellationToken.None);

        Assert.That(await redis.BoardAsync("orders:week:2026-W47"), Is.EqualTo(new[] { (7L, 1d) }));
        Assert.That(await redis.BoardAsync("revenue:day:2026-11-22"), Is.EqualTo(new[] { (7L, 5_000d) }));
        Assert.That(await redis.SetAsync("applied:all"), Is.EqualTo(new[] { "cancelled:o-1", "placed:o-1", "placed:o-2" }));
    }

    [Test]
    public async Task A_cancel_delivered_before_its_placement_leaves_the_order_uncounted()
    {
        using var redis = new RankingRedis(Now);

        await Cancelled(redis).HandleAsync(OrderMessages.Cancelled("o-1", 42, 14_000, Now), CancellationToken.None);
        await Placed(redis).HandleAsync(OrderMessages.Placed("o-1", 42, 14_000, Now), CancellationToken.None);
        await Placed(redis).HandleAsync(OrderMessages.Placed("o-2", 42, 1_000, Now), CancellationToken.None);

        Assert.That(await redis.BoardAsync("orders:all"), Is.EqualTo(new[] { (42L, 1d) }));
        Assert.That(await redis.BoardAsync("revenue:all"), Is.EqualTo(new[] { (42L, 1_000d) }));
    }

    [Test]
    public async Task The_Korean_day_turns_at_15_00_UTC()
    {
        using var redis = new RankingRedis(Now);

        await Placed(redis).HandleAsync(OrderMessages.Placed("late", 1, 100, new DateTimeOffset(2026, 11, 21, 14, 59, 59, TimeSpan.Zero)), CancellationToken.None);
        await Placed(redis).HandleAsync(OrderMessages.Placed("early", 2, 100, new DateTimeOffset(2026, 11, 21, 15, 0, 0, TimeSpan.Zero)), CancellationToken.None);

        Assert.That(await redis.BoardAsync("orders:day:2026-11-21"), Is.EqualTo(new[] { (1L, 1d) }));
        Assert.That(await redis.BoardAsync("orders:day:2026-11-22"), Is.EqualTo(new[] { (2L, 1d) }));
    }

    [Test]
    public async Task New_Year_in_Korea_stays_in_the_ISO_week_of_the_old_year()
    {
        // Korea: Thu 2026-12-31 23:59:59, Fri 2027-01-01 00:00, Mon 2027-01-04 00:00.
        var thursday = new DateTimeOffset(2026, 12, 31, 14, 59, 59, TimeSpan.Zero);
        var friday = new DateTimeOffset(2026, 12, 31, 15, 0, 0, TimeSpan.Zero);
        var monday = new DateTimeOffset(2027, 1, 3, 15, 0, 0, TimeSpan.Zero);
        using var redis = new RankingRedis(monday);

        await Placed(redis).HandleAsync(OrderMessages.Placed("thu", 1, 100, thursday), CancellationToken.None);
        await Placed(redis).HandleAsync(OrderMessages.Placed("fri", 1, 100, friday), CancellationToken.None);
        await Placed(redis).HandleAsync(OrderMessages.Placed("mon", 1, 100, monday), CancellationToken.None);

        Assert.That(await redis.BoardAsync("orders:week:2026-W53"), Is.EqualTo(new[] { (1L, 2d) }));
        Assert.That(await redis.BoardAsync("orders:week:2027-W01"), Is.EqualTo(new[] { (1L, 1d) }));
        Assert.That(await redis.BoardAsync("orders:day:2027-01-04"), Is.EqualTo(new[] { (1L, 1d) }));
        // Those days ended (plus their two days) before the messages were handled: not brought back.
        Assert.That(redis.Keys().Where(key => key.Contains("day:2026-12-31", StringComparison.Ordinal) || key.Contains("day:2027-01-01", StringComparison.Ordinal)), Is.Empty);
        Assert.That(await redis.BoardAsync("orders:all"), Is.EqualTo(new[] { (1L, 3d) }));
    }

    private static RankingOrderPlacedHandler Placed(RankingRedis redis) => new(redis.Counter);

    private static RankingOrderCancelledHandler Cancelled(RankingRedis redis) => new(redis.Counter);

    private static async Task AssertTtlAsync(RankingRedis redis, string period, TimeSpan expected)
    {
        foreach (var kind in new[] { "orders", "revenue", "applied" })
        {
            var ttl = await redis.TtlAsync($"{kind}:{period}");
            // Set from the test clock; only the time this test takes to get here can be missing.
            Assert.That(ttl, Is.Not.Null.And.LessThanOrEqualTo(expected).And.GreaterThan(expected - TimeSpan.FromMinutes(1)), $"{kind}:{period}");
        }
    }
}
