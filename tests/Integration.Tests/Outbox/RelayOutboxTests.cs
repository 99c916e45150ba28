using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Outbox.RelayOutbox;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>The relay use case on MariaDB with test handlers: delivery, retries and their timing.</summary>
public sealed class RelayOutboxTests : OutboxDatabaseFixture
{
    [Test]
    public async Task A_delivered_message_is_done_and_never_delivered_again()
    {
        var handler = RecordingHandler.AlwaysDone("push.order-paid");
        await using var relay = new RelayUnderTest(Database, Clock, [handler]);
        await relay.EnqueueAsync(new OutboxMessage("push.order-paid", """{"orderId":"o-1"}"""));

        var first = await relay.RunAsync();
        Clock.Advance(TimeSpan.FromDays(1));
        var second = await relay.RunAsync();

        var row = await SingleRowAsync();
        Assert.That(first, Is.EqualTo(new RelayOutboxResult(1, 1, 0, 0, 0, 0)));
        Assert.That(second.Claimed, Is.Zero);
        Assert.That(handler.Deliveries.Select(delivery => (delivery.Type, delivery.Attempt)), Is.EqualTo(new[] { ("push.order-paid", 1) }));
        Assert.That(handler.Deliveries[0].Payload, Does.Contain("o-1"));
        Assert.That((row.Status, row.Attempts, row.LockedUntil, row.ProcessedAt), Is.EqualTo(("DONE", 1, (DateTime?)null, (DateTime?)Now.UtcDateTime)));
    }

    [Test]
    public async Task A_transient_failure_is_retried_after_the_back_off()
    {
        var answers = new Queue<OutboxHandling>([OutboxHandling.Retry("Toss 503"), OutboxHandling.Retry("Toss 503"), OutboxHandling.Done()]);
        var handler = new RecordingHandler("payment.refund", _ => answers.Dequeue());
        await using var relay = new RelayUnderTest(Database, Clock, [handler]);
        await relay.EnqueueAsync(new OutboxMessage("payment.refund", "{}"));

        await relay.RunAsync();
        var afterFirst = await SingleRowAsync();
        Assert.That((afterFirst.Status, afterFirst.Attempts, afterFirst.LastError), Is.EqualTo(("PENDING", 1, "Toss 503")));
        Assert.That(afterFirst.NextAttemptAt, Is.EqualTo(Now.UtcDateTime.AddSeconds(10)), "base delay (jitter off)");
        Assert.That(afterFirst.LockedUntil, Is.Null);

        Clock.Advance(TimeSpan.FromSeconds(9));
        Assert.That((await relay.RunAsync()).Claimed, Is.Zero, "not due before the back-off ends");

        Clock.Advance(TimeSpan.FromSeconds(1));
        await relay.RunAsync();
        var afterSecond = await SingleRowAsync();
        Assert.That(afterSecond.NextAttemptAt, Is.EqualTo(Now.UtcDateTime.AddSeconds(10 + 20)), "the ceiling doubled");

        Clock.Advance(TimeSpan.FromSeconds(20));
        await relay.RunAsync();
        Assert.That((await SingleRowAsync()).Status, Is.EqualTo("DONE"));
        Assert.That(handler.Deliveries.Select(delivery => delivery.Attempt), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public async Task A_retry_after_from_the_receiver_replaces_the_back_off()
    {
        var handler = new RecordingHandler("push.order-paid", _ => OutboxHandling.Retry("FCM 429", TimeSpan.FromSeconds(95)));
        await using var relay = new RelayUnderTest(Database, Clock, [handler]);
        await relay.EnqueueAsync(new OutboxMessage("push.order-paid", "{}"));

        await relay.RunAsync();

        Assert.That((await SingleRowAsync()).NextAttemptAt, Is.EqualTo(Now.UtcDateTime.AddSeconds(95)));
    }
}
