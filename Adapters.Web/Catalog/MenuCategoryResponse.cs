using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Web.Catalog;

public sealed record MenuCategoryResponse(long CategoryId, string Name, IReadOnlyList<MenuSummaryResponse> Menus)
{
    public static MenuCategoryResponse From(MenuCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return new MenuCategoryResponse(category.CategoryId, category.Name, category.Menus.Select(MenuSummaryResponse.From).ToList());
    }
}
