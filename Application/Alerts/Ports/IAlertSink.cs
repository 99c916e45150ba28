namespace Hexagon.Application.Alerts.Ports;

/// <summary>
/// Tells the operators (a Slack-style webhook). Never throws and never blocks the caller for long: a failed alert is
/// logged by the sink. The same <see cref="OperatorAlert.Key"/> is sent at most once a minute; repeats are dropped.
/// </summary>
public interface IAlertSink
{
    Task RaiseAsync(OperatorAlert alert, CancellationToken cancellationToken);
}
