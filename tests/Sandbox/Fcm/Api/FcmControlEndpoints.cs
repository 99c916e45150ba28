using Hexagon.Sandbox.Fcm.Messages;
using Hexagon.Sandbox.Fcm.OAuth;
using Hexagon.Sandbox.Hosting;

namespace Hexagon.Sandbox.Fcm.Api;

/// <summary>
/// Sandbox-only FCM endpoints under /sandbox/v1/fcm (no auth): what was delivered, which devices are gone, the
/// generated service account, and expiring access tokens on demand.
/// </summary>
internal static class FcmControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app, FcmSandboxSettings settings, ServiceAccount account,
        DeviceDirectory devices, AccessTokenStore tokens)
    {
        app.MapGet("/sandbox/v1/fcm/messages", async (HttpContext context, string? token) =>
            await SandboxJson.WriteAsync(context.Response, 200, SandboxJson.Serialize(devices.Delivered(token))));

        app.MapDelete("/sandbox/v1/fcm/messages", () =>
        {
            devices.ClearDelivered();
            return Results.NoContent();
        });

        app.MapPost("/sandbox/v1/fcm/unregistered", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<UnregisterRequest>(context.Request);
            if (string.IsNullOrEmpty(request?.Token))
            {
                await SandboxJson.WriteAsync(context.Response, 400,
                    SandboxJson.Serialize(new { code = "INVALID_REQUEST", message = "body must be {\"token\": \"...\"}" }));
                return;
            }
            devices.Unregister(request.Token);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });

        app.MapPost("/sandbox/v1/fcm/access-tokens/expire", async (HttpContext context) =>
            await SandboxJson.WriteAsync(context.Response, 200, SandboxJson.Serialize(new { expired = tokens.ExpireAll() })));

        // The private key exists only when the sandbox generated it; a configured public key has no JSON to give.
        app.MapGet("/sandbox/v1/fcm/service-account", async (HttpContext context) =>
        {
            if (!account.IsGenerated)
            {
                await SandboxJson.WriteAsync(context.Response, 404, SandboxJson.Serialize(new
                {
                    code = "NO_PRIVATE_KEY",
                    message = "Sandbox:Fcm:PublicKeyPem is set: whoever configured it holds the private key.",
                }));
                return;
            }
            var tokenUri = settings.TokenUri ?? TokenEndpoint.TokenUriOf(context.Request);
            await SandboxJson.WriteAsync(context.Response, 200,
                SandboxJson.Serialize(account.ToJson(settings.ProjectId, tokenUri)));
        });
    }
}
