namespace Hexagon.Integration.Tests.Notifications;

/// <summary>One scripted FCM failure: HTTP status, details[].errorCode and an optional Retry-After in seconds.</summary>
internal sealed record FcmFault(int Status, string ErrorCode, int? RetryAfterSeconds = null)
{
    public static FcmFault Unregistered => new(404, "UNREGISTERED");

    public static FcmFault Unavailable(int? retryAfterSeconds = null) => new(503, "UNAVAILABLE", retryAfterSeconds);

    public static FcmFault SenderIdMismatch => new(403, "SENDER_ID_MISMATCH");
}
