using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Adapters.Web.RateLimiting;
using Hexagon.Application.Payments.ConfirmPayment;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Payments;

/// <summary>
/// POST /api/v1/payments/confirm. Its time limit covers Toss's own (attempts, retries and the lookup after an unknown
/// outcome), so the app gets our answer rather than a gateway timeout while the payment is still being settled.
/// </summary>
public sealed class PaymentEndpoints(string customerPolicy, TimeSpan confirmTimeout) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/payments/confirm", ConfirmAsync)
            .WithTags("Payments")
            .RequireAuthorization(customerPolicy)
            .WithSummary("Approve the payment the buyer authenticated in the Toss widget. Repeating it answers the stored result.")
            .Produces<ConfirmPaymentResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status409Conflict, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status503ServiceUnavailable, contentType: ProblemResult.ContentType)
            .RequireRateLimiting(RateLimitPolicies.Payments)
            .WithRequestTimeout(confirmTimeout);
    }

    private static async Task<IResult> ConfirmAsync(
        ConfirmPaymentRequest request, HttpContext context, IConfirmPayment confirmPayment, CancellationToken cancellationToken)
    {
        var command = new ConfirmPaymentCommand(context.User.GetUserId(), request.PaymentKey ?? "", request.OrderId ?? "", request.Amount ?? 0);
        var result = await confirmPayment.ConfirmAsync(command, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(confirmed => Results.Json(ConfirmPaymentResponse.From(confirmed), WebJson.Options));
    }
}
