namespace Hexagon.Application.Notifications.CountUnreadNotifications;

/// <summary>GET /api/v1/notifications/unread-count: the badge on the app's bell.</summary>
public interface ICountUnreadNotifications
{
    Task<int> CountAsync(long userId, CancellationToken cancellationToken);
}
