using Hexagon.Domain.Notifications;

namespace Hexagon.Adapters.Web.Notifications;

/// <summary>One notification as the app shows it; read is readAt != null, spelled out for the app's convenience.</summary>
public sealed record NotificationResponse(
    long Id, string Type, string Title, string Body, string? OrderNo, bool Read, DateTimeOffset? ReadAt, DateTimeOffset CreatedAt)
{
    public static NotificationResponse From(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new(notification.Id, notification.Type, notification.Title, notification.Body, notification.OrderNo,
            notification.IsRead, notification.ReadAt, notification.CreatedAt);
    }
}
