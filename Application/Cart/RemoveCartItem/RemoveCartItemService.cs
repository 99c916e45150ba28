using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart.RemoveCartItem;

/// <summary>
/// Removes the line under the cart row's lock; when it was the last line the cart goes too, so an empty cart never
/// keeps a store (and the next add from any store just works).
/// </summary>
public sealed class RemoveCartItemService(ICartRepository carts, IUnitOfWork unitOfWork) : IRemoveCartItem
{
    public async Task<Result> RemoveAsync(long userId, long cartItemId, CancellationToken cancellationToken)
    {
        if (cartItemId <= 0)
        {
            return ErrorCatalog.CartItemNotFound;
        }

        var removed = await unitOfWork.ExecuteAsync<bool>(
            async token =>
            {
                var hold = await carts.LockCartAsync(userId, token).ConfigureAwait(false);
                if (hold is null || !await carts.RemoveLineAsync(userId, cartItemId, token).ConfigureAwait(false))
                {
                    return ErrorCatalog.CartItemNotFound;
                }

                if (hold.LineCount <= 1)
                {
                    await carts.DeleteCartAsync(userId, token).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
        return removed.IsSuccess ? Result.Ok() : removed.Error;
    }
}
