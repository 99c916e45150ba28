namespace Hexagon.Application.Notifications.Ports;

/// <summary>
/// Sends one push (FCM). Expected failures are <see cref="PushResult"/> values, network faults included: a push is
/// always after the order's commit and never fails it.
/// </summary>
public interface IPushSender
{
    Task<PushResult> SendAsync(PushMessage message, CancellationToken cancellationToken);
}
