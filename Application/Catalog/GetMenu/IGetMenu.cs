using Hexagon.Application.Catalog.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.GetMenu;

/// <summary>One menu of one store with its option groups. A menu of another store is as unknown as a missing one → 2002.</summary>
public interface IGetMenu
{
    Task<Result<MenuDetail>> GetAsync(long storeId, long menuId, CancellationToken cancellationToken);
}
