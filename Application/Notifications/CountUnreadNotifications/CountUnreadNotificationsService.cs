using Hexagon.Application.Notifications.Ports;

namespace Hexagon.Application.Notifications.CountUnreadNotifications;

public sealed class CountUnreadNotificationsService(INotificationRepository notifications) : ICountUnreadNotifications
{
    public Task<int> CountAsync(long userId, CancellationToken cancellationToken) => notifications.CountUnreadAsync(userId, cancellationToken);
}
