using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.LikeStore;

/// <summary>Removes the like row and uncounts it in one transaction, only when there was a row to remove.</summary>
public sealed class UnlikeStoreService(IStoreLikes likes, IUnitOfWork unitOfWork) : IUnlikeStore
{
    public Task<Result> UnlikeAsync(long userId, long storeId, CancellationToken cancellationToken) =>
        StoreLikeChange.ApplyAsync(likes, unitOfWork, storeId, token => likes.RemoveAsync(userId, storeId, token), -1, cancellationToken);
}
