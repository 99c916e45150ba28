using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Paging;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Promotions.ListMyCoupons;
using Hexagon.Application.Promotions.ListMyPoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Promotions;

/// <summary>
/// The customer's coupons and points: GET /api/v1/me/coupons (usable now) and GET /api/v1/me/points (balance and the
/// ledger, keyset paged). Customers only: the caller is always the bearer's user, never an id from the request.
/// </summary>
public sealed class PromotionEndpoints(string customerPolicy) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/v1/me").WithTags("Me").RequireAuthorization(customerPolicy);
        me.MapGet("/coupons", ListMyCouponsAsync)
            .WithSummary("The coupons I can use now (unused, within their validity), soonest to expire first.")
            .Produces<MyCouponListResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType);
        me.MapGet("/points", ListMyPointsAsync)
            .WithSummary("My point balance and its history, newest first. Pass meta.nextCursor as cursor for the next page.")
            .Produces<MyPointsResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType);
    }

    private static async Task<IResult> ListMyCouponsAsync(HttpContext context, IListMyCoupons listMyCoupons, CancellationToken cancellationToken)
    {
        var query = MyCouponsQueryParser.Parse(context.Request.Query, context.User.GetUserId());
        if (!query.IsSuccess)
        {
            return query.ToHttp(_ => Results.Empty);
        }

        var result = await listMyCoupons.ListAsync(query.Value, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(page => Results.Json(MyCouponListResponse.From(page), WebJson.Options));
    }

    private static async Task<IResult> ListMyPointsAsync(HttpContext context, IListMyPoints listMyPoints, CancellationToken cancellationToken)
    {
        var page = CursorPageRequest.Parse(context.Request.Query, ListMyPointsQuery.DefaultTake);
        if (!page.IsSuccess)
        {
            return page.ToHttp(_ => Results.Empty);
        }

        var query = new ListMyPointsQuery(context.User.GetUserId(), page.Value.Cursor, page.Value.Take);
        var result = await listMyPoints.ListAsync(query, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(page => Results.Json(MyPointsResponse.From(page), WebJson.Options));
    }
}
