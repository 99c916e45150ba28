using Hexagon.Sandbox.Hosting;
using Hexagon.Sandbox.Toss.Errors;

namespace Hexagon.Sandbox.Toss.Api;

/// <summary>
/// A finished answer (status + JSON body). Serialized once, so what the idempotency store replays is
/// byte for byte what the first caller got.
/// </summary>
internal sealed record TossReply(int Status, string Json)
{
    public static TossReply Ok<T>(T body) => new(200, SandboxJson.Serialize(body));

    public static TossReply Fail(TossError error) =>
        new(error.HttpStatus, SandboxJson.Serialize(new { code = error.Code, message = error.Message }));

    public Task WriteAsync(HttpResponse response) => SandboxJson.WriteAsync(response, Status, Json);
}
