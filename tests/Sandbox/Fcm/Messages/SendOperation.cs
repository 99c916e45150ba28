using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Hexagon.Sandbox.Fcm.Api;

namespace Hexagon.Sandbox.Fcm.Messages;

/// <summary>
/// messages:send once the caller is authenticated: the project, then the body, then the device. A message that
/// passes is recorded for <c>GET /sandbox/v1/fcm/messages</c> and named like FCM names it.
/// </summary>
internal sealed class SendOperation(FcmSandboxSettings settings, DeviceDirectory devices, TimeProvider clock)
{
    private long _sequence;

    public FcmReply Run(string projectId, JsonElement? body)
    {
        // The sandbox has one project; a request for another is the "wrong Firebase project" configuration error,
        // which FCM reports as a sender mismatch.
        if (projectId != settings.ProjectId) return FcmErrors.ForCode("SENDER_ID_MISMATCH");
        var problem = MessageValidator.Check(body, out var request);
        if (problem is not null) return problem;
        if (request!.Token is { } token && devices.IsUnregistered(token)) return FcmErrors.ForCode("UNREGISTERED");
        if (request.ValidateOnly) return FcmReply.Ok(new { name = $"projects/{projectId}/messages/fake_message_id" });

        var now = clock.GetUtcNow();
        var name = $"projects/{projectId}/messages/{NewMessageId(now)}";
        devices.Record(new DeliveredMessage(name, now.ToString("O", CultureInfo.InvariantCulture), request.Token,
            request.TargetField == "topic" ? request.Target : null,
            request.TargetField == "condition" ? request.Target : null, request.Message));
        return FcmReply.Ok(new { name });
    }

    // FCM's ids look like "0:1637139312395932%d4f8b9b9f9fd7ecd": a time, then a random part.
    private string NewMessageId(DateTimeOffset now)
    {
        var micros = (now.ToUnixTimeMilliseconds() * 1000) + (Interlocked.Increment(ref _sequence) % 1000);
        return $"0:{micros}%{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
    }
}
