using System.Globalization;
using Hexagon.Sandbox.Hosting;

namespace Hexagon.Sandbox.Fcm.Api;

/// <summary>
/// A finished answer of the FCM side (messages:send or the token endpoint): status, JSON body and, for an
/// injected overload, the <c>Retry-After</c> seconds a well-behaved client must honour.
/// </summary>
internal sealed record FcmReply(int Status, string Json, int? RetryAfterSeconds = null)
{
    public static FcmReply Ok<T>(T body) => new(200, SandboxJson.Serialize(body));

    public async Task WriteAsync(HttpResponse response)
    {
        if (RetryAfterSeconds is { } seconds && !response.HttpContext.RequestAborted.IsCancellationRequested)
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await SandboxJson.WriteAsync(response, Status, Json);
    }
}
