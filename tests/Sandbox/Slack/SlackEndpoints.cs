using System.Globalization;
using System.Text.Json;
using Hexagon.Sandbox.Faults;
using Hexagon.Sandbox.Hosting;

namespace Hexagon.Sandbox.Slack;

/// <summary>
/// A Slack-style incoming webhook (<c>POST /sandbox/v1/slack/webhook</c>, JSON <c>{text, ...}</c> or the form field
/// <c>payload</c>) and the sandbox-only list of what it received. Fault operation "slack-webhook".
/// </summary>
internal static class SlackEndpoints
{
    public const string FaultOperation = "slack-webhook";

    public static void Map(IEndpointRouteBuilder app, SlackInbox inbox, FaultInjector faults, TimeProvider clock)
    {
        app.MapPost("/sandbox/v1/slack/webhook", async (HttpContext context) =>
        {
            var payload = await ReadPayloadAsync(context.Request);
            await faults.RunAsync(context, FaultOperation,
                () => Accept(payload, inbox, clock),
                fault => new SlackReply(fault.HttpStatus ?? (fault.Code == "rate_limited" ? 429 : 500), fault.Code!,
                    fault.RetryAfterSeconds),
                reply => reply.WriteAsync(context.Response));
        });

        app.MapGet("/sandbox/v1/slack/messages", async (HttpContext context) =>
            await SandboxJson.WriteAsync(context.Response, 200, SandboxJson.Serialize(inbox.All())));

        app.MapDelete("/sandbox/v1/slack/messages", () =>
        {
            inbox.Clear();
            return Results.NoContent();
        });
    }

    private static SlackReply Accept(JsonElement? payload, SlackInbox inbox, TimeProvider clock)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } body) return new SlackReply(400, "invalid_payload");
        var text = body.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        // Slack wants something to show: text, or blocks/attachments that carry their own.
        if (string.IsNullOrEmpty(text) && !body.TryGetProperty("blocks", out _) && !body.TryGetProperty("attachments", out _))
            return new SlackReply(400, "no_text");
        inbox.Add(new SlackPost(text, body, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        return SlackReply.Ok;
    }

    private static async Task<JsonElement?> ReadPayloadAsync(HttpRequest request)
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(CancellationToken.None);
                return JsonDocument.Parse(form["payload"].ToString()).RootElement.Clone();
            }
            using var document = await JsonDocument.ParseAsync(request.Body, default, CancellationToken.None);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
