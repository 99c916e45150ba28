using Hexagon.Sandbox.Hosting;

namespace Hexagon.Sandbox.Faults;

/// <summary><c>POST /sandbox/v1/faults</c> arms a fault, <c>DELETE</c> clears them all. No auth: a control
/// channel for tests, like the rest of /sandbox/v1.</summary>
internal static class FaultEndpoints
{
    public static void Map(IEndpointRouteBuilder app, FaultBoard board, IReadOnlySet<string> operations)
    {
        app.MapPost("/sandbox/v1/faults", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<FaultRequest>(context.Request);
            var problem = Validate(request, operations);
            if (problem is not null)
            {
                await SandboxJson.WriteAsync(context.Response, 400,
                    SandboxJson.Serialize(new { code = "INVALID_FAULT", message = problem }));
                return;
            }
            var rule = new FaultRule(request!.Operation!, request.Code, request.Message, request.HttpStatus,
                TimeSpan.FromMilliseconds(request.DelayMs ?? 0), request.ApplyThenFail, request.RetryAfterSeconds);
            board.Arm(rule, request.Times ?? 1);
            await SandboxJson.WriteAsync(context.Response, 201, SandboxJson.Serialize(new { armed = board.Count }));
        });

        app.MapDelete("/sandbox/v1/faults", () =>
        {
            board.Clear();
            return Results.NoContent();
        });
    }

    private static string? Validate(FaultRequest? request, IReadOnlySet<string> operations)
    {
        if (request is null) return "body must be a JSON fault";
        if (request.Operation is null || !operations.Contains(request.Operation))
            return $"operation must be one of: {string.Join(", ", operations)}";
        if (request.Times is < 1) return "times must be at least 1";
        if (request.DelayMs is < 0) return "delayMs must not be negative";
        if (request.HttpStatus is < 100 or > 599) return "httpStatus must be an HTTP status";
        if (request.RetryAfterSeconds is < 0) return "retryAfterSeconds must not be negative";
        if (string.IsNullOrEmpty(request.Code) && !request.ApplyThenFail && (request.DelayMs ?? 0) == 0)
            return "a fault needs a code, a delayMs, or applyThenFail";
        return null;
    }
}
