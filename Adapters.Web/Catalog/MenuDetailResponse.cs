using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>The body of GET /api/v1/stores/{storeId}/menus/{menuId}.</summary>
public sealed record MenuDetailResponse(
    long MenuId,
    long StoreId,
    string Name,
    string? Description,
    long Price,
    bool SoldOut,
    int RemainingStock,
    string? ImageUrl,
    IReadOnlyList<OptionGroupResponse> OptionGroups)
{
    public static MenuDetailResponse From(MenuDetail menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        return new MenuDetailResponse(
            menu.MenuId,
            menu.StoreId,
            menu.Name,
            menu.Description,
            menu.Price,
            menu.SoldOut,
            menu.RemainingStock,
            menu.ImageUrl,
            menu.OptionGroups.Select(OptionGroupResponse.From).ToList());
    }
}
