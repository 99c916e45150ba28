using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.ListStores;

/// <summary>Stores near a point, a keyset page at a time, in the requested order.</summary>
public interface IListStores
{
    Task<Result<ListStoresResult>> ListAsync(ListStoresQuery query, CancellationToken cancellationToken);
}
