namespace Hexagon.Application.Notifications.ListNotifications;

/// <param name="Cursor">The previous page's next cursor, or null for the first page.</param>
public sealed record ListNotificationsQuery(long UserId, string? Cursor = null, int Take = ListNotificationsQuery.DefaultTake)
{
    public const int DefaultTake = 20;
    public const int MaxTake = 50;
}
