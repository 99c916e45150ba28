namespace Hexagon.Adapters.Persistence.Cart;

/// <summary>A cart_items row joined with its menu's current price, stock and flag.</summary>
internal sealed class CartLineRow
{
    public long CartItemId { get; init; }

    public long MenuId { get; init; }

    public string Name { get; init; } = "";

    public int Quantity { get; init; }

    public long Price { get; init; }

    public int Stock { get; init; }

    public bool SoldOut { get; init; }
}
