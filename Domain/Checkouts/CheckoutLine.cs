using Hexagon.Domain.Cart;

namespace Hexagon.Domain.Checkouts;

/// <summary>
/// One line of a checkout: a snapshot of the cart line at the prices of that moment. The order is placed from this,
/// never from the request and never from the menu's price at order time.
/// </summary>
public sealed record CheckoutLine(long MenuId, string Name, int Quantity, long MenuPrice, IReadOnlyList<CheckoutLineOption> Options)
{
    public CartLinePrice Price => new(MenuPrice, Options.Select(option => option.Price), Quantity);
}
