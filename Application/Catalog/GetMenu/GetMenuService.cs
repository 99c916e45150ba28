using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.GetMenu;

public sealed class GetMenuService(IStoreCatalog catalog) : IGetMenu
{
    public async Task<Result<MenuDetail>> GetAsync(long storeId, long menuId, CancellationToken cancellationToken)
    {
        var menu = storeId > 0 && menuId > 0
            ? await catalog.FindMenuAsync(storeId, menuId, cancellationToken).ConfigureAwait(false)
            : null;
        return menu is null ? ErrorCatalog.MenuNotFound : menu;
    }
}
