using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>IOutbox on MariaDB: a message exists iff the unit of work that wrote it commits.</summary>
public sealed class MySqlOutboxTests : OutboxDatabaseFixture
{
    private RelayUnderTest _scope = null!;

    // Runs after the base class has emptied the outbox and set the clock.
    [SetUp]
    public void StartScope() => _scope = new RelayUnderTest(Database, Clock, []);

    [TearDown]
    public async Task EndScope() => await _scope.DisposeAsync();

    [Test]
    public async Task A_message_enqueued_in_a_unit_of_work_that_rolls_back_does_not_exist()
    {
        var failing = _scope.UnitOfWork.ExecuteAsync<int>(async ct =>
        {
            await _scope.Outbox.EnqueueAsync(new OutboxMessage("push.order-paid", """{"orderId":"o-1"}"""), ct);
            throw new InvalidOperationException("the business change failed after the enqueue");
        }, CancellationToken.None);

        Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.That(await Database.ScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages"), Is.Zero);
    }

    [Test]
    public async Task A_message_enqueued_in_a_unit_of_work_that_commits_is_pending_and_due_now()
    {
        await _scope.EnqueueAsync(new OutboxMessage("push.order-paid", """{"orderId":"o-1"}"""));

        var row = (await Database.QueryAsync<OutboxRow>(OutboxRow.Select)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Type, Is.EqualTo("push.order-paid"));
            Assert.That(row.Payload, Does.Contain("\"orderId\"").And.Contain("\"o-1\""));
            Assert.That(row.Status, Is.EqualTo("PENDING"));
            Assert.That(row.Attempts, Is.Zero);
            Assert.That(row.NextAttemptAt, Is.EqualTo(Now.UtcDateTime));
            Assert.That(row.CreatedAt, Is.EqualTo(Now.UtcDateTime));
            Assert.That(row.LockedUntil, Is.Null);
            Assert.That(row.ProcessedAt, Is.Null);
        });
    }

    [Test]
    public async Task A_second_message_with_the_same_dedup_key_is_ignored()
    {
        await _scope.EnqueueAsync(new OutboxMessage("payment.refund", """{"orderId":"o-1"}""", DedupKey: "refund:o-1"));
        await _scope.EnqueueAsync(new OutboxMessage("payment.refund", """{"orderId":"o-1","again":true}""", DedupKey: "refund:o-1"));
        await _scope.EnqueueAsync(new OutboxMessage("payment.refund", """{"orderId":"o-2"}""", DedupKey: "refund:o-2"));
        await _scope.EnqueueAsync(new OutboxMessage("push.order-paid", "{}"));
        await _scope.EnqueueAsync(new OutboxMessage("push.order-paid", "{}"));

        var rows = await Database.QueryAsync<OutboxRow>(OutboxRow.Select + " ORDER BY id");
        Assert.That(rows.Select(row => row.DedupKey), Is.EqualTo(new[] { "refund:o-1", "refund:o-2", null, null }), "no key never collides");
        Assert.That(rows[0].Payload, Does.Not.Contain("again"), "the first message stays as it was");
    }

    [Test]
    public async Task Outside_a_unit_of_work_a_message_is_written_at_once()
    {
        await _scope.Outbox.EnqueueAsync(new OutboxMessage("payment.refund", """{"orderId":"o-9"}"""), CancellationToken.None);

        Assert.That(await Database.ScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_message_not_before_a_later_time_is_not_relayed_before_it()
    {
        var handler = RecordingHandler.AlwaysDone("push.pickup-reminder");
        await using var relay = new RelayUnderTest(Database, Clock, [handler]);
        await _scope.EnqueueAsync(new OutboxMessage("push.pickup-reminder", "{}", NotBefore: Now.AddMinutes(10)));

        Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        await relay.RunAsync();
        Assert.That(handler.Deliveries, Is.Empty);

        Clock.Advance(TimeSpan.FromSeconds(1));
        await relay.RunAsync();
        Assert.That(handler.Deliveries, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_payload_that_is_not_json_fails_the_enqueue()
    {
        Assert.That(
            () => _scope.EnqueueAsync(new OutboxMessage("push.order-paid", "not json")),
            Throws.InstanceOf<Exception>());
    }
}
