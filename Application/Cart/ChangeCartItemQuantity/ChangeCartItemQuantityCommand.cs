namespace Hexagon.Application.Cart.ChangeCartItemQuantity;

/// <param name="Quantity">The new quantity of the line (not a difference); 0 when the request left it out (→ 1111).</param>
public sealed record ChangeCartItemQuantityCommand(long UserId, long CartItemId, int Quantity);
