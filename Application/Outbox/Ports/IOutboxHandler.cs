namespace Hexagon.Application.Outbox.Ports;

/// <summary>
/// Handles one message type, OUTSIDE any transaction (it may call HTTP). Must be idempotent: a message can be
/// delivered more than once (a relay that died after the call but before recording it, a lease that ran out).
/// Expected failures are answered as <see cref="OutboxHandling"/> values; an exception counts as a transient failure.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>The <see cref="OutboxMessage.Type"/> this handler delivers; one handler per type.</summary>
    string Type { get; }

    Task<OutboxHandling> HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken);
}
