using Hexagon.Application.Cart.Ports;

namespace Hexagon.Application.Cart.StockCheck;

/// <summary>
/// Judges a priced cart against the stock and flags it was read with. Pure, so the stock-check endpoint and the
/// checkout (which re-reads the cart inside its own transaction) give the same verdict for the same rows.
/// <list type="bullet">
/// <item>Stock is per menu, not per line: two lines of one menu with different options draw on the same stock, so
/// requested is their sum.</item>
/// <item>A menu flagged sold out or with no stock left is listed once under sold out, never also as short.</item>
/// <item>A sold-out option is listed once per (menu, option), however many lines chose it.</item>
/// <item>The store is closed for ordering when its status is anything but OPEN.</item>
/// </list>
/// </summary>
public static class StockCheckEvaluator
{
    public static StockCheckReport Evaluate(PricedCart cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        if (cart.IsEmpty)
        {
            return StockCheckReport.Clear;
        }

        var shortMenus = new List<ShortMenu>();
        var soldOut = new List<SoldOutItem>();
        foreach (var menu in cart.Lines.GroupBy(line => line.MenuId))
        {
            var first = menu.First();
            var requested = menu.Sum(line => line.Quantity);
            if (first.MenuSoldOut || first.RemainingStock <= 0)
            {
                soldOut.Add(new SoldOutItem(menu.Key, first.Name, null, null));
            }
            else if (requested > first.RemainingStock)
            {
                shortMenus.Add(new ShortMenu(menu.Key, first.Name, requested, first.RemainingStock));
            }

            soldOut.AddRange(menu
                .SelectMany(line => line.Options)
                .Where(option => option.SoldOut)
                .DistinctBy(option => option.OptionId)
                .Select(option => new SoldOutItem(menu.Key, first.Name, option.OptionId, option.Name)));
        }

        var storeClosed = cart.Store is { IsOpen: false };
        var insufficient = shortMenus.Count > 0 || soldOut.Count > 0 || storeClosed;
        return new StockCheckReport(insufficient, shortMenus, soldOut, storeClosed);
    }
}
