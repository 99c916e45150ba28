using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.LikeStore;

/// <summary>
/// The transaction both like and unlike run: lock the store's row first (so changes to one store's likes are decided in
/// turn, always in the same lock order), change the like row, and move the count only when the row really changed.
/// </summary>
internal static class StoreLikeChange
{
    public static async Task<Result> ApplyAsync(
        IStoreLikes likes,
        IUnitOfWork unitOfWork,
        long storeId,
        Func<CancellationToken, Task<bool>> changeRow,
        int countDelta,
        CancellationToken cancellationToken)
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

                var changed = await changeRow(token).ConfigureAwait(false);
                if (changed)
                {
                    await likes.AdjustCountAsync(storeId, countDelta, token).ConfigureAwait(false);
                }

                return Result<bool>.Ok(changed);
            },
            cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? Result.Ok() : result.Error!;
    }
}
