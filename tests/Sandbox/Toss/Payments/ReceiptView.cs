namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>Payment.receipt and Payment.checkout: a URL only.</summary>
internal sealed record ReceiptView(string Url);
