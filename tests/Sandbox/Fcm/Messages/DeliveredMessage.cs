using System.Text.Json;

namespace Hexagon.Sandbox.Fcm.Messages;

/// <summary>
/// One accepted message as <c>GET /sandbox/v1/fcm/messages</c> lists it: FCM's name for it, when it arrived, its
/// target, and the <c>message</c> object exactly as the client sent it.
/// </summary>
internal sealed record DeliveredMessage(
    string Name,
    string ReceivedAt,
    string? Token,
    string? Topic,
    string? Condition,
    JsonElement Message);
