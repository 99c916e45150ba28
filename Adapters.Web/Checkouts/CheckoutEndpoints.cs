using Hexagon.Adapters.Web.Cart;
using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Cart.StockCheck;
using Hexagon.Application.Checkouts.CreateCheckout;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Checkouts;

/// <summary>POST /api/v1/checkout: the caller's cart becomes a server-priced checkout to pay through the Toss widget.</summary>
public sealed class CheckoutEndpoints(string customerPolicy) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/checkout", CreateAsync)
            .WithTags("Checkout")
            .RequireAuthorization(customerPolicy)
            .WithSummary("Price my cart (coupon and points applied) and open a 30-minute checkout to pay for with the Toss widget.")
            .Produces<CheckoutResponse>(StatusCodes.Status201Created)
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status409Conflict, contentType: ProblemResult.ContentType);
    }

    private static async Task<IResult> CreateAsync(
        CreateCheckoutRequest request, HttpContext context, ICreateCheckout createCheckout, CancellationToken cancellationToken)
    {
        var command = new CreateCheckoutCommand(context.User.GetUserId(), request.UserCouponId, request.UsePoints ?? 0, request.RequestNote);
        var result = await createCheckout.CreateAsync(command, cancellationToken).ConfigureAwait(false);
        if (result.Error is { Details: StockCheckReport report } error)
        {
            // The same body as POST /api/v1/cart/stock-check, so the app shows one screen for both.
            return new ProblemResult(error.WithDetails(StockCheckResponse.From(report)));
        }

        return result.ToHttp(created =>
            Results.Json(CheckoutResponse.From(created), WebJson.Options, statusCode: StatusCodes.Status201Created));
    }
}
