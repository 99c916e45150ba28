using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Outbox.RelayOutbox;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>The relay use case on MariaDB: what becomes of a message that cannot be delivered.</summary>
public sealed class RelayOutboxFailureTests : OutboxDatabaseFixture
{
    [Test]
    public async Task A_message_failing_every_attempt_is_dead_lettered_after_the_last()
    {
        var handler = new RecordingHandler("payment.refund", _ => OutboxHandling.Retry("Toss 503"));
        await using var relay = new RelayUnderTest(Database, Clock, [handler]);
        await relay.EnqueueAsync(new OutboxMessage("payment.refund", "{}"));

        for (var run = 0; run < 5; run++)
        {
            await relay.RunAsync();
            Clock.Advance(relay.Settings.MaxDelay);
        }

        var row = await SingleRowAsync();
        Assert.That(handler.Deliveries, Has.Count.EqualTo(relay.Settings.MaxAttempts));
        Assert.That((row.Status, row.Attempts), Is.EqualTo(("DEAD", 3)));
        Assert.That(row.LastError, Is.EqualTo("Gave up after 3 attempt(s); last: Toss 503"));
        Assert.That(row.ProcessedAt, Is.EqualTo(Now.UtcDateTime.Add(relay.Settings.MaxDelay * 2)));
    }

    [Test]
    public async Task A_permanent_failure_is_dead_lettered_at_once()
    {
        var handler = new RecordingHandler("push.order-paid", _ => OutboxHandling.Dead("FCM: the device token is unregistered"));
        await using var relay = new RelayUnderTest(Database, Clock, [handler]);
        await relay.EnqueueAsync(new OutboxMessage("push.order-paid", "{}"));

        var result = await relay.RunAsync();

        var row = await SingleRowAsync();
        Assert.That(result.DeadLettered, Is.EqualTo(1));
        Assert.That((row.Status, row.Attempts, row.LastError), Is.EqualTo(("DEAD", 1, "FCM: the device token is unregistered")));
    }

    [Test]
    public async Task A_message_of_a_type_this_relay_has_no_handler_for_waits_for_one_that_has()
    {
        await using var relay = new RelayUnderTest(Database, Clock, [RecordingHandler.AlwaysDone("push.order-paid")]);
        await relay.EnqueueAsync(new OutboxMessage("pos.order-created", "{}"));

        var result = await relay.RunAsync();

        var row = await SingleRowAsync();
        Assert.That(result.Claimed, Is.Zero);
        Assert.That((row.Status, row.Attempts), Is.EqualTo(("PENDING", 0)), "not claimed, not counted, not dead-lettered");

        await using var newer = new RelayUnderTest(Database, Clock, [RecordingHandler.AlwaysDone("pos.order-created")]);
        await newer.RunAsync();
        Assert.That((await SingleRowAsync()).Status, Is.EqualTo("DONE"));
    }

    [Test]
    public async Task A_handler_that_throws_counts_as_a_transient_failure_with_the_exception_named()
    {
        var handler = new RecordingHandler("ranking.order-placed", _ =>
            throw new InvalidOperationException("Redis is unreachable", new TimeoutException("inner detail that must not be stored")));
        await using var relay = new RelayUnderTest(Database, Clock, [handler]);
        await relay.EnqueueAsync(new OutboxMessage("ranking.order-placed", "{}"));

        var result = await relay.RunAsync();

        var row = await SingleRowAsync();
        Assert.That(result.Retried, Is.EqualTo(1));
        Assert.That((row.Status, row.Attempts, row.LastError), Is.EqualTo(("PENDING", 1, "InvalidOperationException: Redis is unreachable")));
    }

    [Test]
    public async Task A_handler_exception_message_longer_than_the_column_is_cut()
    {
        var handler = new RecordingHandler("ranking.order-placed", _ => throw new InvalidOperationException(new string('x', 3000)));
        await using var relay = new RelayUnderTest(Database, Clock, [handler]);
        await relay.EnqueueAsync(new OutboxMessage("ranking.order-placed", "{}"));

        await relay.RunAsync();

        Assert.That((await SingleRowAsync()).LastError, Has.Length.EqualTo(OutboxFailureText.MaxLength));
    }
}
