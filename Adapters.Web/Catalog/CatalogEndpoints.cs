using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Catalog.GetMenu;
using Hexagon.Application.Catalog.GetStore;
using Hexagon.Application.Catalog.ListStores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>
/// /api/v1/stores: the public store list and store and menu pages. No sign-in is needed; when a valid access token is
/// sent anyway, likedByMe is the caller's.
/// </summary>
public sealed class CatalogEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var stores = endpoints.MapGroup("/api/v1/stores").WithTags("Stores").AllowAnonymous();
        stores.MapGet("", ListStoresAsync)
            .WithSummary("Stores near lat/lng. Pass meta.nextCursor as cursor (with the same lat, lng and sort) for the next page.")
            .Produces<StoreListResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType);
        stores.MapGet("/{storeId:long}", GetStoreAsync)
            .Produces<StoreDetailResponse>()
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType);
        stores.MapGet("/{storeId:long}/menus/{menuId:long}", GetMenuAsync)
            .Produces<MenuDetailResponse>()
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType);
    }

    private static async Task<IResult> ListStoresAsync(HttpContext context, IListStores listStores, CancellationToken cancellationToken)
    {
        var query = StoreListQueryParser.Parse(context.Request.Query, ViewerId(context));
        if (!query.IsSuccess)
        {
            return query.ToHttp(_ => Results.Empty);
        }

        var result = await listStores.ListAsync(query.Value, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(page => Results.Json(StoreListResponse.From(page), WebJson.Options));
    }

    private static async Task<IResult> GetStoreAsync(long storeId, HttpContext context, IGetStore getStore, CancellationToken cancellationToken)
    {
        var result = await getStore.GetAsync(storeId, ViewerId(context), cancellationToken).ConfigureAwait(false);
        return result.ToHttp(store => Results.Json(StoreDetailResponse.From(store), WebJson.Options));
    }

    private static async Task<IResult> GetMenuAsync(long storeId, long menuId, IGetMenu getMenu, CancellationToken cancellationToken)
    {
        var result = await getMenu.GetAsync(storeId, menuId, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(menu => Results.Json(MenuDetailResponse.From(menu), WebJson.Options));
    }

    private static long? ViewerId(HttpContext context) => context.User.TryGetUserId(out var userId) ? userId : null;
}
