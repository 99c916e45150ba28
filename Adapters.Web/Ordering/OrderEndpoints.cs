using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Paging;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Adapters.Web.RateLimiting;
using Hexagon.Application.Ordering.CancelOrder;
using Hexagon.Application.Ordering.GetOrder;
using Hexagon.Application.Ordering.ListOrders;
using Hexagon.Application.Ordering.PlaceOrder;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Ordering;

/// <summary>
/// /api/v1/orders: place (confirming the payment first when the app has not), list, read and cancel the caller's own
/// orders; anyone else's order is "not found". Placing may take a payment confirm, a lookup and a refund, so its
/// request time limit is the payment calls' budget rather than the default.
/// </summary>
public sealed class OrderEndpoints(string customerPolicy, TimeSpan placeTimeout) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.MapGroup("/api/v1/orders").WithTags("Orders").RequireAuthorization(customerPolicy);
        orders.MapPost("", PlaceAsync)
            .WithSummary("Place the order of a paid (or just authenticated) checkout. The same orderId again answers the same order (200).")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .Produces<OrderResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status409Conflict, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status503ServiceUnavailable, contentType: ProblemResult.ContentType)
            .RequireRateLimiting(RateLimitPolicies.Payments)
            .WithRequestTimeout(placeTimeout);
        orders.MapGet("", ListAsync)
            .WithSummary("My orders, newest first. Pass meta.nextCursor as cursor for the next page.")
            .Produces<OrderListResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType);
        orders.MapGet("/{orderNo}", GetAsync)
            .WithSummary("One of my orders with its status history.")
            .Produces<OrderResponse>()
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType);
        orders.MapPost("/{orderNo}/cancel", CancelAsync)
            .WithSummary("Cancel my order before the store accepts it: full refund, stock, coupon and points restored. Repeating it changes nothing.")
            .Produces<OrderResponse>()
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status409Conflict, contentType: ProblemResult.ContentType);
    }

    private static async Task<IResult> PlaceAsync(PlaceOrderRequest request, HttpContext context, IPlaceOrder placeOrder, CancellationToken cancellationToken)
    {
        var command = new PlaceOrderCommand(context.User.GetUserId(), request.OrderId ?? "", request.PaymentKey ?? "", request.Amount ?? 0);
        var result = await placeOrder.PlaceAsync(command, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(placed => Results.Json(
            OrderResponse.From(placed.Order), WebJson.Options, statusCode: placed.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK));
    }

    private static async Task<IResult> ListAsync(HttpContext context, IListOrders listOrders, CancellationToken cancellationToken)
    {
        var page = CursorPageRequest.Parse(context.Request.Query, ListOrdersQuery.DefaultTake);
        if (!page.IsSuccess)
        {
            return page.ToHttp(_ => Results.Empty);
        }

        var query = new ListOrdersQuery(context.User.GetUserId(), page.Value.Cursor, page.Value.Take);
        var result = await listOrders.ListAsync(query, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(orders => Results.Json(OrderListResponse.From(orders), WebJson.Options));
    }

    private static async Task<IResult> GetAsync(string orderNo, HttpContext context, IGetOrder getOrder, CancellationToken cancellationToken)
    {
        var result = await getOrder.GetAsync(context.User.GetUserId(), orderNo, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(order => Results.Json(OrderResponse.From(order, withHistory: true), WebJson.Options));
    }

    // The body is optional: a nullable body parameter lets an empty POST cancel without a reason.
    private static async Task<IResult> CancelAsync(
        string orderNo, CancelOrderRequest? request, HttpContext context, ICancelOrder cancelOrder, CancellationToken cancellationToken)
    {
        var result = await cancelOrder.CancelAsync(new CancelOrderCommand(context.User.GetUserId(), orderNo, request?.Reason), cancellationToken).ConfigureAwait(false);
        return result.ToHttp(order => Results.Json(OrderResponse.From(order, withHistory: true), WebJson.Options));
    }
}
