using System.Collections.Concurrent;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Outbox.RelayOutbox;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>Several relays on one outbox: claims never overlap, and a relay that died leaves its messages to the others.</summary>
public sealed class RelayConcurrencyTests : OutboxDatabaseFixture
{
    [Test]
    public async Task Relays_racing_over_the_same_messages_deliver_each_exactly_once()
    {
        const int messages = 300;
        const int relays = 4;
        var deliveries = new ConcurrentDictionary<long, int>();
        var deliveredBy = new ConcurrentDictionary<int, int>();
        await using (var writer = new RelayUnderTest(Database, Clock, []))
        {
            for (var i = 0; i < messages; i++)
            {
                await writer.EnqueueAsync(new OutboxMessage("push.order-paid", $$"""{"n":{{i}}}"""));
            }
        }

        var settings = RelayUnderTest.DefaultSettings with { BatchSize = 7 };
        var running = Enumerable.Range(0, relays).Select(async index =>
        {
            var handler = new RecordingHandler("push.order-paid", message =>
            {
                deliveries.AddOrUpdate(message.Id, 1, (_, count) => count + 1);
                deliveredBy.AddOrUpdate(index, 1, (_, count) => count + 1);
                return OutboxHandling.Done();
            });
            await using var relay = new RelayUnderTest(Database, Clock, [handler], settings);
            return await relay.RunAsync(maxMessages: messages);
        }).ToList();
        var results = await Task.WhenAll(running);

        Assert.That(deliveries.Keys, Has.Count.EqualTo(messages), "every message delivered");
        Assert.That(deliveries.Where(pair => pair.Value != 1).Select(pair => pair.Key), Is.Empty, "no message delivered twice");
        Assert.That(results.Sum(result => result.Claimed), Is.EqualTo(messages), "no message claimed twice");
        Assert.That(await Database.ScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE status = 'DONE' AND attempts = 1"), Is.EqualTo(messages));
        TestContext.Out.WriteLine("Deliveries per relay: " + string.Join(", ", deliveredBy.OrderBy(pair => pair.Key).Select(pair => pair.Value)));
    }

    [Test]
    public async Task A_message_whose_relay_died_mid_delivery_is_claimed_again_once_the_lease_ends()
    {
        var handler = RecordingHandler.AlwaysDone("payment.refund");
        await using var survivor = new RelayUnderTest(Database, Clock, [handler]);
        await using var crashed = new RelayUnderTest(Database, Clock, []);
        await survivor.EnqueueAsync(new OutboxMessage("payment.refund", "{}"));

        // The crashed relay claims and then never reports back.
        var lease = survivor.Settings.Lease;
        var claimed = await crashed.UnitOfWork.ExecuteAsync(
            ct => crashed.Store.ClaimDueAsync(["payment.refund"], 10, Clock.Now, Clock.Now + lease, ct), CancellationToken.None);
        Assert.That(claimed.Select(message => message.Attempt), Is.EqualTo(new[] { 1 }));
        var processing = (await Database.QueryAsync<OutboxRow>(OutboxRow.Select)).Single();
        Assert.That((processing.Status, processing.LockedUntil), Is.EqualTo(("PROCESSING", (DateTime?)(Now + lease).UtcDateTime)));

        Clock.Advance(lease - TimeSpan.FromSeconds(1));
        Assert.That((await survivor.RunAsync()).Claimed, Is.Zero, "the lease still keeps other relays away");

        Clock.Advance(TimeSpan.FromSeconds(1));
        await survivor.RunAsync();
        Assert.That(handler.Deliveries.Select(message => message.Attempt), Is.EqualTo(new[] { 2 }), "the interrupted delivery counts as an attempt");
        Assert.That((await Database.QueryAsync<OutboxRow>(OutboxRow.Select)).Single().Status, Is.EqualTo("DONE"));

        // The crashed relay coming back late cannot undo what the survivor recorded.
        Assert.That(await crashed.Store.ScheduleRetryAsync(claimed[0], Clock.Now, "late", CancellationToken.None), Is.False);
        Assert.That((await Database.QueryAsync<OutboxRow>(OutboxRow.Select)).Single().Status, Is.EqualTo("DONE"));
    }

    [Test]
    public async Task A_claim_outside_a_unit_of_work_is_refused()
    {
        await using var relay = new RelayUnderTest(Database, Clock, []);

        Assert.ThrowsAsync<InvalidOperationException>(() => relay.Store.ClaimDueAsync(["payment.refund"], 10, Clock.Now, Clock.Now.AddMinutes(1), CancellationToken.None));
        await Task.CompletedTask;
    }
}
