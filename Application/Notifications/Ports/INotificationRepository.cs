using Hexagon.Domain.Notifications;

namespace Hexagon.Application.Notifications.Ports;

/// <summary>The customers' notification lists.</summary>
public interface INotificationRepository
{
    /// <summary>
    /// Stores the notification unless the same one (user, type, order) exists already. False when the user no longer
    /// exists (deleted since the order), true otherwise.
    /// </summary>
    Task<bool> AddIfAbsentAsync(NewNotification notification, CancellationToken cancellationToken);

    /// <summary>The user's notifications with an id below <paramref name="beforeId"/> (all when null), newest first.</summary>
    Task<IReadOnlyList<Notification>> ListAsync(long userId, long? beforeId, int limit, CancellationToken cancellationToken);

    /// <summary>Marks the user's notification read (keeping the first read time); false when the user has no such notification.</summary>
    Task<bool> MarkReadAsync(long userId, long notificationId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<int> CountUnreadAsync(long userId, CancellationToken cancellationToken);
}
