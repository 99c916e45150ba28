namespace Hexagon.Adapters.Web.Ordering;

/// <summary>Body of POST /api/v1/orders/{orderNo}/cancel (optional).</summary>
public sealed record CancelOrderRequest(string? Reason);
