namespace Hexagon.Sandbox.Toss.Operations;

/// <summary>Body of <c>POST /v1/payments/confirm</c>.</summary>
internal sealed record ConfirmRequest(string? PaymentKey, string? OrderId, long? Amount);
