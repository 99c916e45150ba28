using System.Text.Json;

namespace Hexagon.Sandbox.Slack;

/// <summary>One accepted webhook post as <c>GET /sandbox/v1/slack/messages</c> lists it: its text, the whole
/// payload as received (blocks, attachments, username...), and when it arrived.</summary>
internal sealed record SlackPost(string? Text, JsonElement Payload, string ReceivedAt);
