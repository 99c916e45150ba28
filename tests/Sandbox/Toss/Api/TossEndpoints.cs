using Hexagon.Sandbox.Hosting;
using Hexagon.Sandbox.Toss.Operations;

namespace Hexagon.Sandbox.Toss.Api;

/// <summary>The imitated Toss core API under /v1. Every call goes through <see cref="TossCallPipeline"/>.</summary>
internal static class TossEndpoints
{
    /// <summary>The operation names faults can target (<c>POST /sandbox/v1/faults {"operation": ...}</c>).</summary>
    public static readonly IReadOnlySet<string> FaultOperations = new HashSet<string>(StringComparer.Ordinal)
    {
        "confirm", "cancel", "get",
    };

    public static void Map(IEndpointRouteBuilder app, TossCallPipeline pipeline, TossOperations operations)
    {
        // Bodies are read before the pipeline runs: once Toss has the request, a client hanging up during an
        // injected delay must not stop the operation (that is the "outcome unknown" case tests need).
        app.MapPost("/v1/payments/confirm", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<ConfirmRequest>(context.Request);
            await pipeline.RunAsync(context, "confirm", () => operations.Confirm.Run(request));
        });

        app.MapPost("/v1/payments/{paymentKey}/cancel", async (HttpContext context, string paymentKey) =>
        {
            var request = await SandboxJson.ReadBodyAsync<CancelRequest>(context.Request);
            await pipeline.RunAsync(context, "cancel", () => operations.Cancel.Run(paymentKey, request));
        });

        app.MapGet("/v1/payments/orders/{orderId}", (HttpContext context, string orderId) =>
            pipeline.RunAsync(context, "get", () => operations.Lookup.ByOrderId(orderId)));

        app.MapGet("/v1/payments/{paymentKey}", (HttpContext context, string paymentKey) =>
            pipeline.RunAsync(context, "get", () => operations.Lookup.ByPaymentKey(paymentKey)));
    }
}
