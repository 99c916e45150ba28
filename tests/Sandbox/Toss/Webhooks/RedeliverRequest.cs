namespace Hexagon.Sandbox.Toss.Webhooks;

/// <summary>Body of <c>POST /sandbox/v1/webhooks/redeliver</c>.</summary>
internal sealed record RedeliverRequest(string? PaymentKey);
