using Hexagon.Domain.Cart;

namespace Hexagon.Application.Cart.Ports;

/// <summary>
/// The customer's cart as the database prices it now. An empty cart has no store. The checkout orders from this very
/// shape, so what the cart screen showed is what gets charged.
/// </summary>
public sealed record PricedCart(CartStore? Store, IReadOnlyList<PricedCartLine> Lines)
{
    public static PricedCart Empty { get; } = new(null, []);

    public bool IsEmpty => Lines.Count == 0;

    public long Subtotal => CartLinePrice.Subtotal(Lines.Select(line => line.Price));
}
