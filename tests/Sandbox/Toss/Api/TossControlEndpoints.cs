using Hexagon.Sandbox.Hosting;
using Hexagon.Sandbox.Toss.Errors;
using Hexagon.Sandbox.Toss.Operations;
using Hexagon.Sandbox.Toss.Webhooks;

namespace Hexagon.Sandbox.Toss.Api;

/// <summary>
/// Sandbox-only endpoints under /sandbox/v1 (no Basic auth): the buyer's authentication that the widget would
/// do, and the webhook controls tests use.
/// </summary>
internal static class TossControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app, TossOperations operations, WebhookDispatcher webhooks)
    {
        app.MapPost("/sandbox/v1/payments", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<AuthenticateRequest>(context.Request);
            await operations.Authenticate.Run(request).WriteAsync(context.Response);
        });

        app.MapPost("/sandbox/v1/webhooks/redeliver", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<RedeliverRequest>(context.Request);
            if (request?.PaymentKey is null)
                await TossReply.Fail(TossErrors.InvalidRequest).WriteAsync(context.Response);
            else if (!webhooks.Redeliver(request.PaymentKey))
                await TossReply.Fail(TossErrors.NotFoundPayment).WriteAsync(context.Response);
            else
                context.Response.StatusCode = StatusCodes.Status202Accepted;
        });

        app.MapGet("/sandbox/v1/webhooks/deliveries", async (HttpContext context) =>
            await SandboxJson.WriteAsync(context.Response, 200, SandboxJson.Serialize(webhooks.Attempts)));
    }
}
