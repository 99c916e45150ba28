using System.Globalization;
using Hexagon.Application.Errors;
using Hexagon.Application.Notifications.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Notifications.ListNotifications;

public sealed class ListNotificationsService(INotificationRepository notifications) : IListNotifications
{
    public async Task<Result<ListNotificationsResult>> ListAsync(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > ListNotificationsQuery.MaxTake)
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["take"] = [string.Create(CultureInfo.InvariantCulture, $"take는 1부터 {ListNotificationsQuery.MaxTake} 사이여야 해요.")],
            });
        }

        long? before = null;
        if (query.Cursor is not null)
        {
            before = NotificationListCursor.TryDecode(query.Cursor, query.UserId);
            if (before is null)
            {
                return ErrorCatalog.InvalidNotificationCursor;
            }
        }

        // One row more than asked tells whether there is a next page without a COUNT query.
        var rows = await notifications.ListAsync(query.UserId, before, query.Take + 1, cancellationToken).ConfigureAwait(false);
        var hasNext = rows.Count > query.Take;
        var page = hasNext ? rows.Take(query.Take).ToList() : rows;
        return new ListNotificationsResult(page, query.Take, hasNext, hasNext ? NotificationListCursor.Encode(query.UserId, page[^1].Id) : null);
    }
}
