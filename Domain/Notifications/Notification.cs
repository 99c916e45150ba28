namespace Hexagon.Domain.Notifications;

/// <summary>One entry of a customer's notification list. <see cref="ReadAt"/> is null until the customer opens it.</summary>
public sealed record Notification(
    long Id,
    long UserId,
    string Type,
    string Title,
    string Body,
    string? OrderNo,
    DateTimeOffset? ReadAt,
    DateTimeOffset CreatedAt)
{
    public bool IsRead => ReadAt is not null;
}
