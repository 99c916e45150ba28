namespace Hexagon.Sandbox.Toss.Webhooks;

/// <summary>
/// One PAYMENT_STATUS_CHANGED event, serialized once: every retry and redelivery sends the same body and the
/// same transmission id (the receiver's dedup key); only the retried-count and transmission-time headers change.
/// </summary>
internal sealed record WebhookEvent(string TransmissionId, string PaymentKey, string PaymentStatus, string Json);
