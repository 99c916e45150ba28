using Hexagon.Application.Cart.Ports;

namespace Hexagon.Adapters.Web.Cart;

/// <param name="UnitPrice">The menu's price plus the options' deltas, in won.</param>
/// <param name="LineAmount">UnitPrice × quantity.</param>
/// <param name="SoldOut">The line cannot be ordered as it is (menu flagged or out of stock, or an option flagged).</param>
/// <param name="RemainingStock">The menu's stock now, so the app can cap its quantity picker.</param>
public sealed record CartItemResponse(
    long CartItemId,
    long MenuId,
    string Name,
    int Quantity,
    long UnitPrice,
    IReadOnlyList<CartOptionResponse> Options,
    long LineAmount,
    bool SoldOut,
    int RemainingStock)
{
    public static CartItemResponse From(PricedCartLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var price = line.Price;
        return new CartItemResponse(
            line.CartItemId,
            line.MenuId,
            line.Name,
            line.Quantity,
            price.UnitPrice,
            line.Options.Select(CartOptionResponse.From).ToList(),
            price.LineAmount,
            line.SoldOut,
            line.RemainingStock);
    }
}
