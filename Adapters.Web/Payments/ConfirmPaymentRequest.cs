namespace Hexagon.Adapters.Web.Payments;

/// <summary>Body of POST /api/v1/payments/confirm: what the Toss widget handed back to the app.</summary>
public sealed record ConfirmPaymentRequest(string? PaymentKey, string? OrderId, long? Amount);
