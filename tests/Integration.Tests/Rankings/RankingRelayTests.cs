using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Rankings.CountOrders;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Outbox;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>The ranking handlers as the outbox relay runs them, on MariaDB and a real Redis.</summary>
public sealed class RankingRelayTests : OutboxDatabaseFixture
{
    [Test]
    public async Task Placed_replayed_and_cancelled_messages_through_the_relay_count_each_order_once()
    {
        using var redis = new RankingRedis(Now);
        await using var relay = new RelayUnderTest(Database, Clock, Handlers(redis));
        await relay.EnqueueAsync(OrderMessages.PlacedMessage("o-1", 42, 14_000, Now));
        await relay.EnqueueAsync(OrderMessages.PlacedMessage("o-2", 42, 5_000, Now));
        await relay.EnqueueAsync(OrderMessages.PlacedMessage("o-3", 7, 9_000, Now));
        // The same message again, as a relay that died before recording "done" would deliver it.
        await relay.EnqueueAsync(OrderMessages.PlacedMessage("o-1", 42, 14_000, Now));
        await relay.EnqueueAsync(OrderMessages.CancelledMessage("o-3", 7, 9_000, Now));

        var result = await relay.RunAsync();

        Assert.That(result.Done, Is.EqualTo(5));
        Assert.That(await Database.QueryAsync<string>("SELECT DISTINCT status FROM outbox_messages"), Is.EqualTo(new[] { "DONE" }));
        Assert.That(await redis.BoardAsync("orders:day:2026-11-22"), Is.EqualTo(new[] { (42L, 2d) }));
        Assert.That(await redis.BoardAsync("revenue:week:2026-W47"), Is.EqualTo(new[] { (42L, 19_000d) }));
        Assert.That(await redis.BoardAsync("orders:all"), Is.EqualTo(new[] { (42L, 2d) }));
    }

    [Test]
    public async Task With_Redis_stopped_the_message_waits_for_a_retry_with_the_reason()
    {
        using var server = new RedisServerProcess();
        server.Start();
        using var redis = new RankingRedis(Now, server.Configuration);
        server.Stop();
        await using var relay = new RelayUnderTest(Database, Clock, Handlers(redis));
        await relay.EnqueueAsync(OrderMessages.PlacedMessage("o-1", 42, 14_000, Now));

        var result = await relay.RunAsync();

        var row = await SingleRowAsync();
        Assert.That(result.Retried, Is.EqualTo(1));
        Assert.That((row.Status, row.Attempts), Is.EqualTo(("PENDING", 1)));
        Assert.That(row.LastError, Does.StartWith("the ranking store is unavailable"));
    }

    [Test]
    public async Task An_unreadable_payload_is_dead_lettered_at_once()
    {
        using var redis = new RankingRedis(Now);
        await using var relay = new RelayUnderTest(Database, Clock, Handlers(redis));
        await relay.EnqueueAsync(new OutboxMessage("ranking.order-placed", """{"orderId":"o-1"}"""));

        await relay.RunAsync();

        var row = await SingleRowAsync();
        Assert.That((row.Status, row.Attempts, row.LastError), Is.EqualTo(("DEAD", 1, "unreadable ranking.order-placed payload")));
        Assert.That(redis.Keys(), Is.Empty);
    }

    private static IOutboxHandler[] Handlers(RankingRedis redis) =>
        [new RankingOrderPlacedHandler(redis.Counter), new RankingOrderCancelledHandler(redis.Counter)];
}
