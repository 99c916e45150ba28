using Hexagon.Application.Notifications.Ports;
using Hexagon.Domain.Notifications;

namespace Hexagon.Application.Tests.Notifications.Fakes;

/// <summary>Notifications in a list, with the table's unique (user, type, order) key and ids counting up.</summary>
internal sealed class InMemoryNotificationRepository : INotificationRepository
{
    private readonly List<Notification> _rows = [];

    public IReadOnlyList<Notification> Rows => _rows;

    public Notification Add(long userId, string type, string? orderNo, DateTimeOffset createdAt, DateTimeOffset? readAt = null)
    {
        var row = new Notification(_rows.Count + 1, userId, type, "title", "body", orderNo, readAt, createdAt);
        _rows.Add(row);
        return row;
    }

    public HashSet<long> DeletedUsers { get; } = [];

    public Task<bool> AddIfAbsentAsync(NewNotification notification, CancellationToken cancellationToken)
    {
        if (DeletedUsers.Contains(notification.UserId))
        {
            return Task.FromResult(false);
        }

        if (!_rows.Any(row => row.UserId == notification.UserId && row.Type == notification.Content.Type && row.OrderNo == notification.OrderNo))
        {
            _rows.Add(new Notification(_rows.Count + 1, notification.UserId, notification.Content.Type, notification.Content.Title,
                notification.Content.Body, notification.OrderNo, null, notification.CreatedAt));
        }

        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<Notification>> ListAsync(long userId, long? beforeId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notification>>(_rows
            .Where(row => row.UserId == userId && (beforeId is null || row.Id < beforeId))
            .OrderByDescending(row => row.Id)
            .Take(limit)
            .ToList());

    public Task<bool> MarkReadAsync(long userId, long notificationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var index = _rows.FindIndex(row => row.Id == notificationId && row.UserId == userId);
        if (index < 0)
        {
            return Task.FromResult(false);
        }

        _rows[index] = _rows[index] with { ReadAt = _rows[index].ReadAt ?? now };
        return Task.FromResult(true);
    }

    public Task<int> CountUnreadAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.Count(row => row.UserId == userId && row.ReadAt is null));
}
