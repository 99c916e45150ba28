namespace Hexagon.Application.Payments.Ports;

/// <summary>
/// Approve the payment the buyer authenticated. The idempotency key is derived from the order id by the caller, so
/// every retry of the same confirm is the same request to the provider.
/// </summary>
public sealed record ConfirmPaymentRequest(string PaymentKey, string OrderId, long Amount, string IdempotencyKey);
