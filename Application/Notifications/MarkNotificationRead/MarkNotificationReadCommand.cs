namespace Hexagon.Application.Notifications.MarkNotificationRead;

public sealed record MarkNotificationReadCommand(long UserId, long NotificationId);
