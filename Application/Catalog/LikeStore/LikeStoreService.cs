using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.LikeStore;

/// <summary>
/// Adds the like row and counts it in one transaction. The count moves only when the row was really added, and the
/// store's row is locked first, so concurrent likes of one store are counted exactly once each.
/// </summary>
public sealed class LikeStoreService(IStoreLikes likes, IUnitOfWork unitOfWork, TimeProvider clock) : ILikeStore
{
    public async Task<Result> LikeAsync(long userId, long storeId, CancellationToken cancellationToken)
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

                var added = await likes.AddAsync(userId, storeId, clock.GetUtcNow(), token).ConfigureAwait(false);
                if (added)
                {
                    await likes.AdjustCountAsync(storeId, +1, token).ConfigureAwait(false);
                }

                return Result<bool>.Ok(added);
            },
            cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? Result.Ok() : result.Error!;
    }
}
