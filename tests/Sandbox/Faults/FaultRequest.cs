namespace Hexagon.Sandbox.Faults;

/// <summary>
/// Body of <c>POST /sandbox/v1/faults</c>. <see cref="Operation"/> names the call ("confirm", "cancel", "get"
/// for Toss, "fcm-send", "fcm-token", "slack-webhook"); the next <see cref="Times"/> calls of it are affected.
/// <see cref="RetryAfterSeconds"/> adds a Retry-After header (FCM and Slack only). See docs/SANDBOX.md.
/// </summary>
internal sealed record FaultRequest(
    string? Operation,
    string? Code,
    string? Message,
    int? HttpStatus,
    int? Times,
    int? DelayMs,
    bool ApplyThenFail,
    int? RetryAfterSeconds = null);
