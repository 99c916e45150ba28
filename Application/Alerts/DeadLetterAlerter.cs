using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Application.Alerts;

/// <summary>Tells the operators about every dead-lettered outbox message (one alert per type a minute at most).</summary>
public sealed class DeadLetterAlerter(IAlertSink alerts) : IOutboxDeadLetterObserver
{
    public Task OnDeadLetteredAsync(OutboxEnvelope message, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return alerts.RaiseAsync(OperatorAlerts.DeadLettered(message.Id, message.Type, reason), cancellationToken);
    }
}
