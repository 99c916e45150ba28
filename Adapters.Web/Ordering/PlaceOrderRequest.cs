namespace Hexagon.Adapters.Web.Ordering;

/// <summary>Body of POST /api/v1/orders: what the Toss widget handed back. No lines and no prices: they come from the checkout.</summary>
public sealed record PlaceOrderRequest(string? OrderId, string? PaymentKey, long? Amount);
