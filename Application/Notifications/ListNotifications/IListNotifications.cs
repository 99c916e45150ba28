using Hexagon.Domain.Common;

namespace Hexagon.Application.Notifications.ListNotifications;

/// <summary>GET /api/v1/notifications: the caller's notifications, newest first, keyset paged.</summary>
public interface IListNotifications
{
    Task<Result<ListNotificationsResult>> ListAsync(ListNotificationsQuery query, CancellationToken cancellationToken);
}
