namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>Payment.failure: why an ABORTED payment failed.</summary>
internal sealed record FailureView(string Code, string Message);
