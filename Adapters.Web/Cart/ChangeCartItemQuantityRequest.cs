namespace Hexagon.Adapters.Web.Cart;

/// <summary>Body of PATCH /api/v1/cart/items/{cartItemId}: the line's new quantity (1–99).</summary>
public sealed record ChangeCartItemQuantityRequest(int? Quantity);
