namespace Hexagon.Application.Cart.AddCartItem;

/// <summary>The line the menu went to: a new one, or the identical line it was merged into.</summary>
public sealed record AddCartItemResult(long CartItemId);
