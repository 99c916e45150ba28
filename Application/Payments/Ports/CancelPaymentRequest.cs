namespace Hexagon.Application.Payments.Ports;

/// <summary>
/// Refund a payment: all of it when <paramref name="Amount"/> is null, otherwise that many won. The idempotency key names
/// the refund's purpose (e.g. "cancel:{orderId}:stock-short"), so a retry of one refund never becomes a second refund.
/// </summary>
public sealed record CancelPaymentRequest(string PaymentKey, string Reason, long? Amount, string IdempotencyKey);
