using Hexagon.Adapters.Web.Paging;
using Hexagon.Application.Notifications.ListNotifications;

namespace Hexagon.Adapters.Web.Notifications;

/// <summary>{data, meta: {take, hasNext, nextCursor}}, the shape of every keyset-paged list.</summary>
public sealed record NotificationListResponse(IReadOnlyList<NotificationResponse> Data, PageMeta Meta)
{
    public static NotificationListResponse From(ListNotificationsResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.Notifications.Select(NotificationResponse.From).ToList(), new PageMeta(page.Take, page.HasNext, page.NextCursor));
    }
}
