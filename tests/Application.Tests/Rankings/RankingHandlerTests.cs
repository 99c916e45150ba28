using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Rankings.CountOrders;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Tests.Rankings;

/// <summary>The ranking handlers' answers to the relay: done, retry when Redis is away, dead for a payload that cannot be read.</summary>
public sealed class RankingHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    private const string Payload = """{"orderNo":"20261122-ab12","userId":5,"storeId":42,"totalAmount":14000,"placedAt":"2026-11-15T14:59:59+00:00"}""";

    [Test]
    public async Task A_cancel_corrects_the_day_and_week_the_order_was_placed_in()
    {
        var board = new ScriptedRankingBoard();
        var handler = new RankingOrderCancelledHandler(new OrderRankingCounter(board, new FixedClock(Now)));

        var answer = await handler.HandleAsync(Envelope("ranking.order-cancelled", Payload), CancellationToken.None);

        Assert.That(answer.Kind, Is.EqualTo(OutboxHandlingKind.Done));
        var change = board.Applied.Single();
        Assert.That((change.Move, change.OrderNo, change.StoreId, change.Amount), Is.EqualTo((RankingMove.Cancelled, "20261122-ab12", 42L, 14_000L)));
        // Placed on Sunday 2026-11-15 23:59:59 in Korea: that day is no longer kept on the 22nd, its week (46) still is.
        Assert.That(change.Buckets.Select(bucket => bucket.Label), Is.EqualTo(new[] { "2026-W46", "all" }));
    }

    [Test]
    public async Task Redis_unavailable_is_a_retry_with_a_reason()
    {
        var board = new ScriptedRankingBoard { Unavailable = true };
        var handler = new RankingOrderPlacedHandler(new OrderRankingCounter(board, new FixedClock(Now)));

        var answer = await handler.HandleAsync(Envelope("ranking.order-placed", Payload), CancellationToken.None);

        Assert.That(answer.Kind, Is.EqualTo(OutboxHandlingKind.Retry));
        Assert.That(answer.Reason, Does.Contain("ranking store is unavailable"));
    }

    [TestCase("not json")]
    [TestCase("{}")]
    [TestCase("""{"orderNo":"x","storeId":0,"totalAmount":1,"placedAt":"2026-11-15T00:00:00Z"}""")]
    [TestCase("""{"orderNo":"x","storeId":1,"totalAmount":-1,"placedAt":"2026-11-15T00:00:00Z"}""")]
    [TestCase("""{"orderNo":"x","storeId":1,"totalAmount":1}""")]
    public async Task An_unreadable_payload_is_dead_at_once(string payload)
    {
        var board = new ScriptedRankingBoard();
        var handler = new RankingOrderPlacedHandler(new OrderRankingCounter(board, new FixedClock(Now)));

        var answer = await handler.HandleAsync(Envelope("ranking.order-placed", payload), CancellationToken.None);

        Assert.That(answer.Kind, Is.EqualTo(OutboxHandlingKind.Dead));
        Assert.That(board.Applied, Is.Empty);
    }

    [Test]
    public void The_handlers_claim_the_order_message_types()
    {
        var counter = new OrderRankingCounter(new ScriptedRankingBoard(), new FixedClock(Now));

        Assert.That(new RankingOrderPlacedHandler(counter).Type, Is.EqualTo("ranking.order-placed"));
        Assert.That(new RankingOrderCancelledHandler(counter).Type, Is.EqualTo("ranking.order-cancelled"));
    }

    private static OutboxEnvelope Envelope(string type, string payload) => new(1, type, payload, 1, Now);
}
