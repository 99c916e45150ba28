namespace Hexagon.Adapters.Web.Ordering;

/// <param name="Method">The card issuer's name, the easy-pay provider or the method.</param>
public sealed record OrderPaymentResponse(string Method, DateTimeOffset? ApprovedAt);
