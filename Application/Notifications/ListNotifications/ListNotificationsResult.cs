using Hexagon.Domain.Notifications;

namespace Hexagon.Application.Notifications.ListNotifications;

public sealed record ListNotificationsResult(IReadOnlyList<Notification> Notifications, int Take, bool HasNext, string? NextCursor);
