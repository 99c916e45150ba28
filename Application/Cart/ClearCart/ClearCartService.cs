using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart.ClearCart;

/// <summary>One delete of the cart row; its lines and their options go with it (ON DELETE CASCADE).</summary>
public sealed class ClearCartService(ICartRepository carts, IUnitOfWork unitOfWork) : IClearCart
{
    public async Task<Result> ClearAsync(long userId, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteAsync(
            async token =>
            {
                await carts.DeleteCartAsync(userId, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        return Result.Ok();
    }
}
