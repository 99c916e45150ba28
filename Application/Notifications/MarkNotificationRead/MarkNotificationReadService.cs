using Hexagon.Application.Errors;
using Hexagon.Application.Notifications.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Notifications.MarkNotificationRead;

public sealed class MarkNotificationReadService(INotificationRepository notifications, TimeProvider clock) : IMarkNotificationRead
{
    public async Task<Result> MarkReadAsync(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.NotificationId <= 0)
        {
            return ErrorCatalog.NotificationNotFound;
        }

        var found = await notifications.MarkReadAsync(command.UserId, command.NotificationId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return found ? Result.Ok() : ErrorCatalog.NotificationNotFound;
    }
}
