using Hexagon.Application.Alerts.Ports;

namespace Hexagon.Application.Tests.Notifications.Fakes;

internal sealed class RecordingAlertSink : IAlertSink
{
    public List<OperatorAlert> Alerts { get; } = [];

    public Task RaiseAsync(OperatorAlert alert, CancellationToken cancellationToken)
    {
        Alerts.Add(alert);
        return Task.CompletedTask;
    }
}
