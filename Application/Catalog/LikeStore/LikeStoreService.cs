using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.LikeStore;

/// <summary>
/// Adds the like row and counts it in one transaction. The count moves only when the row was really added, and the
/// store's row is locked first, so concurrent likes of one store are counted exactly once each.
/// </summary>
public sealed class LikeStoreService(IStoreLikes likes, IUnitOfWork unitOfWork, TimeProvider clock) : ILikeStore
{
    public Task<Result> LikeAsync(long userId, long storeId, CancellationToken cancellationToken) =>
        StoreLikeChange.ApplyAsync(
            likes, unitOfWork, storeId, token => likes.AddAsync(userId, storeId, clock.GetUtcNow(), token), +1, cancellationToken);
}
