using Hexagon.Domain.Common;

namespace Hexagon.Application.Notifications.MarkNotificationRead;

/// <summary>PATCH /api/v1/notifications/{id}/read: idempotent; anyone else's notification is "not found" (7001).</summary>
public interface IMarkNotificationRead
{
    Task<Result> MarkReadAsync(MarkNotificationReadCommand command, CancellationToken cancellationToken);
}
