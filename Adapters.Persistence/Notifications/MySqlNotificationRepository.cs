using Dapper;
using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Notifications.Ports;
using Hexagon.Domain.Notifications;

namespace Hexagon.Adapters.Persistence.Notifications;

/// <summary>The notifications table, on the scope's <see cref="DbSession"/>.</summary>
public sealed class MySqlNotificationRepository(DbSession session) : INotificationRepository
{
    public async Task<bool> AddIfAbsentAsync(NewNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        // ux_notifications_user_type_order makes a repeated delivery a no-op. Not INSERT IGNORE: that would also swallow a
        // too-long text; a missing user (deleted since the order) is the one failure answered as a value.
        const string sql = """
            INSERT INTO notifications (user_id, type, title, body, order_no, read_at, created_at)
            VALUES (@userId, @type, @title, @body, @orderNo, NULL, @createdAt)
            ON DUPLICATE KEY UPDATE id = id
            """;
        var content = notification.Content;
        var parameters = new
        {
            userId = notification.UserId,
            type = content.Type,
            title = content.Title,
            body = content.Body,
            orderNo = notification.OrderNo,
            createdAt = notification.CreatedAt.UtcDateTime,
        };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (IdentityServerErrors.IsMissingParent(exception))
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<Notification>> ListAsync(long userId, long? beforeId, int limit, CancellationToken cancellationToken)
    {
        // ix_notifications_user_id (user_id, id) read backwards gives the order and the keyset.
        var keyset = beforeId is null ? "" : "AND id < @beforeId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<NotificationRow>(session.Command(
            $"SELECT {NotificationRow.Columns} FROM notifications WHERE user_id = @userId {keyset} ORDER BY id DESC LIMIT @limit",
            new { userId, beforeId, limit }, cancellationToken)).ConfigureAwait(false);
        return rows.Select(row => row.ToNotification()).ToList();
    }

    public async Task<bool> MarkReadAsync(long userId, long notificationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // COALESCE keeps the first read time; matching on user_id makes someone else's notification "not found".
        // Found-ness is read separately because an already-read row may report 0 changed rows.
        var parameters = new { userId, notificationId, now = now.UtcDateTime };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(
            "UPDATE notifications SET read_at = COALESCE(read_at, @now) WHERE id = @notificationId AND user_id = @userId",
            parameters, cancellationToken)).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(session.Command(
            "SELECT COUNT(*) FROM notifications WHERE id = @notificationId AND user_id = @userId", parameters, cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task<int> CountUnreadAsync(long userId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(session.Command(
            "SELECT COUNT(*) FROM notifications WHERE user_id = @userId AND read_at IS NULL", new { userId }, cancellationToken)).ConfigureAwait(false);
    }
}
