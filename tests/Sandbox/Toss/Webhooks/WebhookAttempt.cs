namespace Hexagon.Sandbox.Toss.Webhooks;

/// <summary>
/// One POST to the webhook URL, as <c>GET /sandbox/v1/webhooks/deliveries</c> lists it.
/// <see cref="HttpStatus"/> is null when no answer came (connection refused, timeout); then
/// <see cref="Error"/> says why.
/// </summary>
internal sealed record WebhookAttempt(
    string TransmissionId,
    string PaymentKey,
    string PaymentStatus,
    int RetriedCount,
    int? HttpStatus,
    bool Delivered,
    string? Error,
    string AttemptedAt);
