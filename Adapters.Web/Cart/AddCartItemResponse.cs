namespace Hexagon.Adapters.Web.Cart;

/// <summary>The 201 body of POST /api/v1/cart/items: the new line, or the identical line the quantity was added to.</summary>
public sealed record AddCartItemResponse(long CartItemId);
