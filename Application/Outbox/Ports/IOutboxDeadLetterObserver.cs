namespace Hexagon.Application.Outbox.Ports;

/// <summary>
/// Told about every message the relay dead-letters, after the row is marked dead. The seam for operator alerts
/// (a Slack-style webhook arrives with issue 7); none is registered today, and the relay logs an error either way.
/// An observer that throws is logged and ignored: a failed alert must not stop the relay.
/// </summary>
public interface IOutboxDeadLetterObserver
{
    Task OnDeadLetteredAsync(OutboxEnvelope message, string reason, CancellationToken cancellationToken);
}
