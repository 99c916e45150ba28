using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Web.Catalog;

public sealed record MenuSummaryResponse(long MenuId, string Name, long Price, bool SoldOut, int RemainingStock, string? ImageUrl)
{
    public static MenuSummaryResponse From(MenuSummary menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        return new MenuSummaryResponse(menu.MenuId, menu.Name, menu.Price, menu.SoldOut, menu.RemainingStock, menu.ImageUrl);
    }
}
