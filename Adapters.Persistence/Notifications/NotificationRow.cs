using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Domain.Notifications;

namespace Hexagon.Adapters.Persistence.Notifications;

/// <summary>A notifications row as Dapper reads it (times are UTC DATETIMEs).</summary>
internal sealed class NotificationRow
{
    public const string Columns = "id AS Id, user_id AS UserId, type AS Type, title AS Title, body AS Body, order_no AS OrderNo, read_at AS ReadAt, created_at AS CreatedAt";

    public long Id { get; init; }
    public long UserId { get; init; }
    public string Type { get; init; } = "";
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public string? OrderNo { get; init; }
    public DateTime? ReadAt { get; init; }
    public DateTime CreatedAt { get; init; }

    public Notification ToNotification() => new(Id, UserId, Type, Title, Body, OrderNo, Utc.From(ReadAt), Utc.From(CreatedAt));
}
