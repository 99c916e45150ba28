using Hexagon.Domain.Cart;

namespace Hexagon.Application.Cart.Ports;

/// <summary>
/// One line of the customer's cart with everything read from the database at the moment: the menu's current price,
/// stock and sold-out flag and the chosen options'. The client never supplies a price.
/// </summary>
/// <param name="MenuPrice">Won, the menu's price now.</param>
/// <param name="RemainingStock">menus.stock now (≥ 0).</param>
/// <param name="MenuSoldOut">The store's sold-out flag on the menu (a stock of 0 is judged by the stock check, not here).</param>
public sealed record PricedCartLine(
    long CartItemId,
    long MenuId,
    string Name,
    int Quantity,
    long MenuPrice,
    int RemainingStock,
    bool MenuSoldOut,
    IReadOnlyList<PricedCartOption> Options)
{
    public CartLinePrice Price => new(MenuPrice, Options.Select(option => option.PriceDelta), Quantity);

    /// <summary>The line cannot be ordered as it is: the menu is flagged or out of stock, or a chosen option is flagged.</summary>
    public bool SoldOut => MenuSoldOut || RemainingStock <= 0 || Options.Any(option => option.SoldOut);
}
