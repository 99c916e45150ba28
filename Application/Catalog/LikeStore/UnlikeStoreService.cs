using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.LikeStore;

/// <summary>Removes the like row and uncounts it in one transaction, only when there was a row to remove.</summary>
public sealed class UnlikeStoreService(IStoreLikes likes, IUnitOfWork unitOfWork) : IUnlikeStore
{
    public async Task<Result> UnlikeAsync(long userId, long storeId, CancellationToken cancellationToken)
    {
        if (storeId <= 0)
        {
            return ErrorCatalog.StoreNotFound;
        }

        var result = await unitOfWork.ExecuteAsync<bool>(
            async token =>
            {
                if (!await likes.LockStoreAsync(storeId, token).ConfigureAwait(false))
                {
                    return Result<bool>.Fail(ErrorCatalog.StoreNotFound);
                }

                var removed = await likes.RemoveAsync(userId, storeId, token).ConfigureAwait(false);
                if (removed)
                {
                    await likes.AdjustCountAsync(storeId, -1, token).ConfigureAwait(false);
                }

                return Result<bool>.Ok(removed);
            },
            cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? Result.Ok() : result.Error!;
    }
}
