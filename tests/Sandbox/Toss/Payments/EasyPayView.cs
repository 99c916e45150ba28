namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>Payment.easyPay: the provider's Korean name ("토스페이") and what it paid.</summary>
internal sealed record EasyPayView(string Provider, long Amount, long DiscountAmount);
