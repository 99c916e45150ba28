namespace Hexagon.Sandbox.Toss.Operations;

/// <summary>Body of <c>POST /v1/payments/{paymentKey}/cancel</c>; no <see cref="CancelAmount"/> cancels the whole balance.</summary>
internal sealed record CancelRequest(string? CancelReason, long? CancelAmount);
