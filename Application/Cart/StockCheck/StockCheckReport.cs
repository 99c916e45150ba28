namespace Hexagon.Application.Cart.StockCheck;

/// <summary>What stands between the cart and an order. <see cref="Insufficient"/> is true when anything does.</summary>
public sealed record StockCheckReport(bool Insufficient, IReadOnlyList<ShortMenu> Menus, IReadOnlyList<SoldOutItem> SoldOut, bool StoreClosed)
{
    public static StockCheckReport Clear { get; } = new(false, [], [], false);
}
