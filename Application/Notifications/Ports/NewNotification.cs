using Hexagon.Domain.Notifications;

namespace Hexagon.Application.Notifications.Ports;

/// <summary>A notification to store; (UserId, Content.Type, OrderNo) identifies it, so storing it twice keeps one row.</summary>
public sealed record NewNotification(long UserId, NotificationContent Content, string? OrderNo, DateTimeOffset CreatedAt);
