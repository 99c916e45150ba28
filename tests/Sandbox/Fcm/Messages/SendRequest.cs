using System.Text.Json;

namespace Hexagon.Sandbox.Fcm.Messages;

/// <summary>A messages:send body that passed FCM's validation: the message as received and its one target.</summary>
internal sealed record SendRequest(JsonElement Message, string TargetField, string Target, bool ValidateOnly)
{
    public string? Token => TargetField == "token" ? Target : null;
}
