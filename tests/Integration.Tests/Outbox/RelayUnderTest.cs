using Hexagon.Adapters.Persistence.Outbox;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Outbox.RelayOutbox;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>
/// One relay as a job scope builds it (its own DbSession, unit of work, MySQL store, the relay use case), on a test
/// database, with test handlers and a clock the test moves. Jitter is off (the random source answers 1), so a
/// back-off is exactly its ceiling and next_attempt_at can be asserted to the microsecond.
/// </summary>
internal sealed class RelayUnderTest : IAsyncDisposable
{
    public static readonly OutboxRelaySettings DefaultSettings = new(
        BatchSize: 10, MaxAttempts: 3, BaseDelay: TimeSpan.FromSeconds(10), MaxDelay: TimeSpan.FromMinutes(10), Lease: TimeSpan.FromMinutes(2));

    public RelayUnderTest(ThrowawayDatabase database, OutboxClock clock, IEnumerable<IOutboxHandler> handlers, OutboxRelaySettings? settings = null)
    {
        Settings = settings ?? DefaultSettings;
        Session = new DbSession(database.ConnectionFactory());
        UnitOfWork = new MySqlUnitOfWork(Session, new TransientRetryPolicy(3, TimeSpan.Zero, TimeSpan.Zero), NullLogger<MySqlUnitOfWork>.Instance);
        Store = new MySqlOutboxStore(Session);
        Outbox = new MySqlOutbox(Session, clock);
        var recorder = new OutboxOutcomeRecorder(
            Store, [], new OutboxBackoff(Settings.BaseDelay, Settings.MaxDelay, () => 1d), Settings, clock, NullLogger<OutboxOutcomeRecorder>.Instance);
        Relay = new RelayOutboxService(
            Store,
            UnitOfWork,
            new OutboxDispatcher(handlers, NullLogger<OutboxDispatcher>.Instance),
            recorder,
            Settings,
            clock,
            NullLogger<RelayOutboxService>.Instance);
    }

    public OutboxRelaySettings Settings { get; }

    public DbSession Session { get; }

    public MySqlUnitOfWork UnitOfWork { get; }

    public MySqlOutboxStore Store { get; }

    public MySqlOutbox Outbox { get; }

    public RelayOutboxService Relay { get; }

    public Task<RelayOutboxResult> RunAsync(int maxMessages = 1000) => Relay.RelayAsync(new RelayOutboxCommand(maxMessages), CancellationToken.None);

    public Task EnqueueAsync(OutboxMessage message) =>
        UnitOfWork.ExecuteAsync(async ct =>
        {
            await Outbox.EnqueueAsync(message, ct);
            return 0;
        }, CancellationToken.None);

    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
