using Hexagon.Application.Cart.Ports;

namespace Hexagon.Adapters.Persistence.Cart;

internal sealed class CartLineQuantityRow
{
    public long CartItemId { get; init; }

    public int Quantity { get; init; }

    public CartLineQuantity ToLine() => new(CartItemId, Quantity);
}
