namespace Hexagon.Application.Catalog.Ports;

/// <summary>Reads stores and menus for the customer app (no writes, no transaction needed).</summary>
public interface IStoreCatalog
{
    /// <summary>
    /// Stores within the request's radius, in (sort key, store id) order, strictly after <see cref="NearbyStoresRequest.After"/>,
    /// at most <see cref="NearbyStoresRequest.Limit"/> of them.
    /// </summary>
    Task<IReadOnlyList<StoreSummary>> ListNearbyAsync(NearbyStoresRequest request, CancellationToken cancellationToken);

    /// <summary>The store with its categories and menus, or null when there is no such store.</summary>
    Task<StoreDetail?> FindStoreAsync(long storeId, long? viewerId, CancellationToken cancellationToken);

    /// <summary>The menu with its option groups, or null when the store has no such menu.</summary>
    Task<MenuDetail?> FindMenuAsync(long storeId, long menuId, CancellationToken cancellationToken);
}
