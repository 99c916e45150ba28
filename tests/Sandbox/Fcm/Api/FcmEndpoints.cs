using System.Text.Json;
using Hexagon.Sandbox.Faults;
using Hexagon.Sandbox.Fcm.Messages;
using Hexagon.Sandbox.Fcm.OAuth;

namespace Hexagon.Sandbox.Fcm.Api;

/// <summary>
/// The imitated FCM HTTP v1 send call. Order: Bearer token, then an armed fault (an overloaded FCM answers before
/// looking at the message), then <see cref="SendOperation"/>.
/// </summary>
internal static class FcmEndpoints
{
    /// <summary>The operation names faults can target on the FCM side.</summary>
    public static readonly IReadOnlySet<string> FaultOperations =
        new HashSet<string>(StringComparer.Ordinal) { "fcm-send", TokenEndpoint.FaultOperation };

    public static void Map(IEndpointRouteBuilder app, AccessTokenStore tokens, SendOperation send, FaultInjector faults)
    {
        app.MapPost("/v1/projects/{projectId}/messages:send", async (HttpContext context, string projectId) =>
        {
            // Read before anything waits: once FCM has the request, a client hanging up does not stop it.
            var body = await ReadJsonAsync(context.Request);
            var authError = BearerAuthCheck.Check(context.Request, tokens);
            if (authError is not null)
            {
                await authError.WriteAsync(context.Response);
                return;
            }
            await faults.RunAsync(context, "fcm-send",
                () => send.Run(projectId, body),
                fault => FcmErrors.ForCode(fault.Code!, fault.HttpStatus, fault.Message, fault.RetryAfterSeconds),
                reply => reply.WriteAsync(context.Response));
        });
    }

    /// <summary>Any JSON value (the validator says what is wrong with it), or null when the body is not JSON.</summary>
    private static async Task<JsonElement?> ReadJsonAsync(HttpRequest request)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, CancellationToken.None);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
