using Hexagon.Application.Cart.StockCheck;

namespace Hexagon.Adapters.Web.Cart;

/// <param name="Requested">The quantities of every line of the menu, added up.</param>
public sealed record ShortMenuResponse(long MenuId, string Name, int Requested, int Remaining)
{
    public static ShortMenuResponse From(ShortMenu menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        return new ShortMenuResponse(menu.MenuId, menu.Name, menu.Requested, menu.Remaining);
    }
}
