using Hexagon.Application.Cart.StockCheck;

namespace Hexagon.Adapters.Web.Cart;

/// <summary>
/// The body of POST /api/v1/cart/stock-check. menus lists only the menus the cart asks more of than is left;
/// insufficient is true when anything is listed or the store is not open.
/// </summary>
public sealed record StockCheckResponse(
    bool Insufficient, IReadOnlyList<ShortMenuResponse> Menus, IReadOnlyList<SoldOutItemResponse> SoldOut, bool StoreClosed)
{
    public static StockCheckResponse From(StockCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new StockCheckResponse(
            report.Insufficient,
            report.Menus.Select(ShortMenuResponse.From).ToList(),
            report.SoldOut.Select(SoldOutItemResponse.From).ToList(),
            report.StoreClosed);
    }
}
