namespace Hexagon.Application.Notifications.Ports;

/// <summary>
/// What became of one push. <see cref="Reason"/> is for operators (an FCM error code, an HTTP status): never a token,
/// never a secret. <see cref="RetryAfter"/> is the push service's Retry-After, when it sent one.
/// </summary>
public sealed record PushResult(PushResultKind Kind, string? Reason = null, TimeSpan? RetryAfter = null)
{
    public static readonly PushResult Delivered = new(PushResultKind.Delivered);

    public static readonly PushResult Disabled = new(PushResultKind.Disabled, "push credentials are not configured");
}
