using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Paging;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Catalog.LikeStore;
using Hexagon.Application.Catalog.ListMyLikes;
using Hexagon.Application.Catalog.ListStores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>
/// Likes: PUT/DELETE /api/v1/stores/{storeId}/like (idempotent, 204) and GET /api/v1/me/likes. The customer always
/// comes from the access token.
/// </summary>
public sealed class LikeEndpoints(string customerPolicy) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var like = endpoints.MapGroup("/api/v1/stores/{storeId:long}/like").WithTags("Stores").RequireAuthorization(customerPolicy);
        like.MapPut("", LikeAsync)
            .WithSummary("Like the store. Liking it again changes nothing.")
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType);
        like.MapDelete("", UnlikeAsync)
            .WithSummary("Take the like back. Nothing changes when there was none.")
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType);

        endpoints.MapGet("/api/v1/me/likes", ListMyLikesAsync)
            .WithTags("Me")
            .RequireAuthorization(customerPolicy)
            .WithSummary("The stores I like, newest like first. Pass meta.nextCursor as cursor for the next page.")
            .Produces<LikedStoreListResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType);
    }

    private static async Task<IResult> LikeAsync(long storeId, HttpContext context, ILikeStore likeStore, CancellationToken cancellationToken)
    {
        var result = await likeStore.LikeAsync(context.User.GetUserId(), storeId, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }

    private static async Task<IResult> UnlikeAsync(long storeId, HttpContext context, IUnlikeStore unlikeStore, CancellationToken cancellationToken)
    {
        var result = await unlikeStore.UnlikeAsync(context.User.GetUserId(), storeId, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }

    private static async Task<IResult> ListMyLikesAsync(HttpContext context, IListMyLikes listMyLikes, CancellationToken cancellationToken)
    {
        var page = CursorPageRequest.Parse(context.Request.Query, ListStoresQuery.DefaultTake);
        if (!page.IsSuccess)
        {
            return page.ToHttp(_ => Results.Empty);
        }

        var query = new ListMyLikesQuery(context.User.GetUserId(), page.Value.Cursor, page.Value.Take);
        var result = await listMyLikes.ListAsync(query, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(page => Results.Json(LikedStoreListResponse.From(page), WebJson.Options));
    }
}
