using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Outbox.RelayOutbox;
using Hexagon.Application.Tests.Jobs;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace Hexagon.Application.Tests.Outbox;

public sealed class RelayOutboxServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
    private static readonly OutboxRelaySettings Settings = new(
        BatchSize: 10, MaxAttempts: 3, BaseDelay: TimeSpan.FromSeconds(10), MaxDelay: TimeSpan.FromMinutes(5), Lease: TimeSpan.FromMinutes(2));

    private ManualTimeProvider _clock = null!;
    private InMemoryOutboxStore _store = null!;
    private IOutboxDeadLetterObserver _observer = null!;

    [SetUp]
    public void CreateFakes()
    {
        _clock = new ManualTimeProvider(Now);
        _store = new InMemoryOutboxStore();
        _observer = Substitute.For<IOutboxDeadLetterObserver>();
    }

    [Test]
    public async Task A_transient_failure_on_the_last_allowed_attempt_is_dead_lettered_and_observed()
    {
        _store.Add(1, "push", previousAttempts: Settings.MaxAttempts - 1);
        var relay = Relay(new ScriptedHandler("push", (_, _) => OutboxHandling.Retry("FCM 503")));

        var result = await relay.RelayAsync(new RelayOutboxCommand(100), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new RelayOutboxResult(1, 0, 0, 1, 0, 0)));
        Assert.That(_store.Outcomes, Is.EqualTo(new[] { "1 dead: Gave up after 3 attempt(s); last: FCM 503" }));
        await _observer.Received(1).OnDeadLetteredAsync(
            Arg.Is<OutboxEnvelope>(message => message.Id == 1), "Gave up after 3 attempt(s); last: FCM 503", Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task An_observer_that_throws_does_not_stop_the_relay()
    {
        _store.Add(1, "push");
        _store.Add(2, "push");
        _observer.OnDeadLetteredAsync(default!, default!, default).ReturnsForAnyArgs(Task.FromException(new HttpRequestException("alert down")));
        var relay = Relay(new ScriptedHandler("push", (message, _) => message.Id == 1 ? OutboxHandling.Dead("bad token") : OutboxHandling.Done()));

        var result = await relay.RelayAsync(new RelayOutboxCommand(100), CancellationToken.None);

        Assert.That(_store.Outcomes, Is.EqualTo(new[] { "1 dead: bad token", "2 done" }));
        Assert.That(result.DeadLettered, Is.EqualTo(1));
    }

    [Test]
    public async Task Messages_not_started_while_half_the_lease_remains_are_handed_back_unstarted()
    {
        _store.Add(1, "slow");
        _store.Add(2, "slow");
        _store.Add(3, "slow");
        // The first delivery takes more than half the lease: starting another could outlive the claim.
        var handler = new ScriptedHandler("slow", (_, _) =>
        {
            _clock.Advance(Settings.Lease / 2 + TimeSpan.FromSeconds(1));
            return OutboxHandling.Done();
        });

        var result = await Relay(handler).RelayAsync(new RelayOutboxCommand(3), CancellationToken.None);

        Assert.That(handler.Handled, Is.EqualTo(new long[] { 1 }));
        Assert.That(_store.Outcomes, Is.EqualTo(new[] { "1 done", "2 released", "3 released" }));
        Assert.That(result.Released, Is.EqualTo(2));
    }

    [Test]
    public async Task An_outcome_recorded_after_the_lease_passed_to_another_relay_counts_as_lost()
    {
        _store.Add(1, "push");
        _store.LoseLeases = true;

        var result = await Relay(new ScriptedHandler("push", (_, _) => OutboxHandling.Done())).RelayAsync(new RelayOutboxCommand(10), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new RelayOutboxResult(1, 0, 0, 0, 0, 1)));
    }

    [Test]
    public async Task Stopping_mid_delivery_makes_the_message_due_at_once_and_stops_the_relay()
    {
        _store.Add(1, "push");
        _store.Add(2, "push");
        using var stopping = new CancellationTokenSource();
        var relay = Relay(new ScriptedHandler("push", (_, token) =>
        {
            stopping.Cancel();
            token.ThrowIfCancellationRequested();
            return OutboxHandling.Done();
        }));

        Assert.ThrowsAsync<OperationCanceledException>(() => relay.RelayAsync(new RelayOutboxCommand(10), stopping.Token));

        Assert.That(_store.Outcomes, Is.EqualTo(new[] { "1 retry at 03:00:00: Interrupted: the relay was stopping.", "2 released" }));
        await Task.CompletedTask;
    }

    [Test]
    public void Two_handlers_for_one_type_are_refused()
    {
        Assert.Throws<ArgumentException>(() => _ = new OutboxDispatcher(
            [new ScriptedHandler("push", (_, _) => OutboxHandling.Done()), new ScriptedHandler("push", (_, _) => OutboxHandling.Done())],
            NullLogger<OutboxDispatcher>.Instance));
    }

    [Test]
    public async Task A_run_claims_batch_after_batch_until_its_bound()
    {
        for (var id = 1; id <= 25; id++)
        {
            _store.Add(id, "push");
        }

        var unitOfWork = new PassThroughUnitOfWork();
        var relay = Relay(new ScriptedHandler("push", (_, _) => OutboxHandling.Done()), unitOfWork);

        var result = await relay.RelayAsync(new RelayOutboxCommand(22), CancellationToken.None);

        Assert.That(result.Claimed, Is.EqualTo(22));
        Assert.That(result.Done, Is.EqualTo(22));
        Assert.That(unitOfWork.Units, Is.EqualTo(3), "claims of 10, 10 and the 2 left of the bound, each in its own short transaction");
    }

    private RelayOutboxService Relay(IOutboxHandler handler, PassThroughUnitOfWork? unitOfWork = null) => new(
        _store,
        unitOfWork ?? new PassThroughUnitOfWork(),
        new OutboxDispatcher([handler], NullLogger<OutboxDispatcher>.Instance),
        new OutboxOutcomeRecorder(_store, [_observer], new OutboxBackoff(Settings.BaseDelay, Settings.MaxDelay, () => 1d), Settings, _clock,
            NullLogger<OutboxOutcomeRecorder>.Instance),
        Settings,
        _clock,
        NullLogger<RelayOutboxService>.Instance);
}
