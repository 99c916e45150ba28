using Hexagon.Application.Catalog.Ports;
using Hexagon.Domain.Catalog;

namespace Hexagon.Application.Tests.Catalog.ListStores;

/// <summary>
/// Stores held in memory with their sort keys given, ordered and cut the way the port promises (keyset after the
/// position, ties by id). Remembers the last request so tests can see what the use case asked for.
/// </summary>
internal sealed class InMemoryStoreCatalog : IStoreCatalog
{
    private readonly List<(StoreSummary Store, long Distance, long Likes, long Rating, long Reviews)> _stores = [];

    public NearbyStoresRequest? LastRequest { get; private set; }

    public void Add(long storeId, long distanceMillimetres = 0, long likes = 0, long ratingTenths = 0, long reviews = 0)
    {
        var store = new StoreSummary(storeId, $"매장 {storeId}", distanceMillimetres, ratingTenths / 10m, likes, reviews, null, 10, "OPEN", [], false, 0);
        _stores.Add((store, distanceMillimetres, likes, ratingTenths, reviews));
    }

    public Task<IReadOnlyList<StoreSummary>> ListNearbyAsync(NearbyStoresRequest request, CancellationToken cancellationToken)
    {
        LastRequest = request;
        var keyed = _stores.Select(entry => entry.Store with
        {
            SortKey = request.Sort switch
            {
                StoreSort.Distance => entry.Distance,
                StoreSort.Likes => entry.Likes,
                StoreSort.Rating => entry.Rating,
                _ => entry.Reviews,
            },
        });
        var ascending = request.Sort.IsAscending();
        var after = request.After;
        IReadOnlyList<StoreSummary> page = keyed
            .Where(store => after is null
                || (ascending ? store.SortKey > after.SortKey : store.SortKey < after.SortKey)
                || (store.SortKey == after.SortKey && store.StoreId > after.StoreId))
            .OrderBy(store => ascending ? store.SortKey : -store.SortKey)
            .ThenBy(store => store.StoreId)
            .Take(request.Limit)
            .ToList();
        return Task.FromResult(page);
    }

    public Task<StoreDetail?> FindStoreAsync(long storeId, long? viewerId, CancellationToken cancellationToken) =>
        Task.FromResult<StoreDetail?>(null);

    public Task<MenuDetail?> FindMenuAsync(long storeId, long menuId, CancellationToken cancellationToken) =>
        Task.FromResult<MenuDetail?>(null);
}
