using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Paging;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Errors;
using Hexagon.Application.Notifications.CountUnreadNotifications;
using Hexagon.Application.Notifications.ListNotifications;
using Hexagon.Application.Notifications.MarkNotificationRead;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Notifications;

/// <summary>/api/v1/notifications: the caller's own notifications; anyone else's is "not found" (7001).</summary>
public sealed class NotificationEndpoints(string customerPolicy) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var notifications = endpoints.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(customerPolicy);
        notifications.MapGet("", ListAsync)
            .WithSummary("My notifications, newest first. Pass meta.nextCursor as cursor for the next page.")
            .Produces<NotificationListResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType);
        notifications.MapGet("/unread-count", CountUnreadAsync)
            .WithSummary("How many of my notifications are unread.")
            .Produces<UnreadCountResponse>();
        notifications.MapPatch("/{id}/read", MarkReadAsync)
            .WithSummary("Mark one of my notifications read. Repeating it changes nothing (204).")
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType);
    }

    private static async Task<IResult> ListAsync(HttpContext context, IListNotifications listNotifications, CancellationToken cancellationToken)
    {
        var page = CursorPageRequest.Parse(context.Request.Query, ListNotificationsQuery.DefaultTake);
        if (!page.IsSuccess)
        {
            return page.ToHttp(_ => Results.Empty);
        }

        var query = new ListNotificationsQuery(context.User.GetUserId(), page.Value.Cursor, page.Value.Take);
        var result = await listNotifications.ListAsync(query, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(list => Results.Json(NotificationListResponse.From(list), WebJson.Options));
    }

    private static async Task<IResult> CountUnreadAsync(HttpContext context, ICountUnreadNotifications countUnread, CancellationToken cancellationToken)
    {
        var count = await countUnread.CountAsync(context.User.GetUserId(), cancellationToken).ConfigureAwait(false);
        return Results.Json(new UnreadCountResponse(count), WebJson.Options);
    }

    // The id is taken as text so that "abc" is the same 404 as a number that is not ours, not a routing miss.
    private static async Task<IResult> MarkReadAsync(string id, HttpContext context, IMarkNotificationRead markRead, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var notificationId))
        {
            return new ProblemResult(ErrorCatalog.NotificationNotFound);
        }

        var result = await markRead.MarkReadAsync(new MarkNotificationReadCommand(context.User.GetUserId(), notificationId), cancellationToken)
            .ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }
}
