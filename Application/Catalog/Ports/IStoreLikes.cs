namespace Hexagon.Application.Catalog.Ports;

/// <summary>
/// A customer's likes and the stores' like counts. The writes are meant to run inside one unit of work: lock the store,
/// change the like row, and move the count only by what the row change did, so the count stays exact under concurrency.
/// </summary>
public interface IStoreLikes
{
    /// <summary>
    /// Locks the store's row until the transaction ends, so that every like change of one store runs one after another
    /// (and always store first, like row second). False when there is no such store.
    /// </summary>
    Task<bool> LockStoreAsync(long storeId, CancellationToken cancellationToken);

    /// <summary>Adds the like; false when the customer already likes the store (nothing changes then).</summary>
    Task<bool> AddAsync(long userId, long storeId, DateTimeOffset likedAt, CancellationToken cancellationToken);

    /// <summary>Removes the like; false when there was none.</summary>
    Task<bool> RemoveAsync(long userId, long storeId, CancellationToken cancellationToken);

    /// <summary>Moves the store's like count by <paramref name="delta"/>, never below zero.</summary>
    Task AdjustCountAsync(long storeId, int delta, CancellationToken cancellationToken);

    /// <summary>
    /// The customer's liked stores, newest like first (ties by store id, descending), strictly after
    /// <paramref name="after"/>, at most <paramref name="limit"/> of them.
    /// </summary>
    Task<IReadOnlyList<LikedStore>> ListLikedAsync(long userId, LikedStorePosition? after, int limit, CancellationToken cancellationToken);
}
