using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.GetStore;

public sealed class GetStoreService(IStoreCatalog catalog) : IGetStore
{
    public async Task<Result<StoreDetail>> GetAsync(long storeId, long? viewerId, CancellationToken cancellationToken)
    {
        var store = storeId > 0 ? await catalog.FindStoreAsync(storeId, viewerId, cancellationToken).ConfigureAwait(false) : null;
        return store is null ? ErrorCatalog.StoreNotFound : store;
    }
}
