using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Tests.Identity.Fakes;

namespace Hexagon.Application.Tests.Catalog.Likes;

/// <summary>Stores' like counts and like rows in memory, with the port's semantics; takes part in the fake unit of work.</summary>
internal sealed class InMemoryStoreLikes : IStoreLikes, ITransactionalFake
{
    private Dictionary<long, long> _counts = [];
    private Dictionary<(long UserId, long StoreId), DateTimeOffset> _likes = [];

    public void AddStore(long storeId, long likeCount = 0) => _counts[storeId] = likeCount;

    public long CountOf(long storeId) => _counts[storeId];

    public int RowsOf(long storeId) => _likes.Keys.Count(key => key.StoreId == storeId);

    public void Like(long userId, long storeId, DateTimeOffset likedAt) => _likes[(userId, storeId)] = likedAt;

    public Task<bool> LockStoreAsync(long storeId, CancellationToken cancellationToken) => Task.FromResult(_counts.ContainsKey(storeId));

    public Task<bool> AddAsync(long userId, long storeId, DateTimeOffset likedAt, CancellationToken cancellationToken) =>
        Task.FromResult(_likes.TryAdd((userId, storeId), likedAt));

    public Task<bool> RemoveAsync(long userId, long storeId, CancellationToken cancellationToken) =>
        Task.FromResult(_likes.Remove((userId, storeId)));

    public Task AdjustCountAsync(long storeId, int delta, CancellationToken cancellationToken)
    {
        _counts[storeId] = Math.Max(0, _counts[storeId] + delta);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LikedStore>> ListLikedAsync(long userId, LikedStorePosition? after, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<LikedStore> page = _likes
            .Where(like => like.Key.UserId == userId)
            .Select(like => new LikedStore(like.Key.StoreId, $"매장 {like.Key.StoreId}", 4.5m, _counts[like.Key.StoreId], 0, null, 15, "OPEN", [], like.Value))
            .OrderByDescending(store => store.LikedAt).ThenByDescending(store => store.StoreId)
            .Where(store => after is null
                || store.Position.LikedAtMicroseconds < after.LikedAtMicroseconds
                || (store.Position.LikedAtMicroseconds == after.LikedAtMicroseconds && store.StoreId < after.StoreId))
            .Take(limit)
            .ToList();
        return Task.FromResult(page);
    }

    public object Snapshot() => (new Dictionary<long, long>(_counts), new Dictionary<(long, long), DateTimeOffset>(_likes));

    public void Restore(object snapshot) =>
        (_counts, _likes) = ((Dictionary<long, long>, Dictionary<(long, long), DateTimeOffset>))snapshot;
}
