using Hexagon.Application.Catalog.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.GetStore;

/// <summary>One store's page: the store and its menus. Unknown store → 2001.</summary>
public interface IGetStore
{
    Task<Result<StoreDetail>> GetAsync(long storeId, long? viewerId, CancellationToken cancellationToken);
}
