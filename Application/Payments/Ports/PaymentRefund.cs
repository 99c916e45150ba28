namespace Hexagon.Application.Payments.Ports;

/// <summary>
/// A refund asked of the payment provider: all of the payment (Amount null) or part of it, under an idempotency key that
/// names its purpose, so retrying it can never refund twice.
/// </summary>
public sealed record PaymentRefund(string OrderId, string PaymentKey, long? Amount, string Reason, string IdempotencyKey);
