using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart.ChangeCartItemQuantity;

/// <summary>
/// Locks the cart row (the same first lock every cart write takes), sets the quantity of the caller's own line, and
/// reads the cart back after the commit. Someone else's line id is as unknown as a missing one, so ids reveal nothing.
/// </summary>
public sealed class ChangeCartItemQuantityService(ICartRepository carts, ICartReader reader, IUnitOfWork unitOfWork, TimeProvider clock)
    : IChangeCartItemQuantity
{
    public async Task<Result<PricedCart>> ChangeAsync(ChangeCartItemQuantityCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new CartFieldErrors().Quantity(command.Quantity);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (command.CartItemId <= 0)
        {
            return ErrorCatalog.CartItemNotFound;
        }

        var changed = await unitOfWork.ExecuteAsync<bool>(
            async token =>
            {
                var hold = await carts.LockCartAsync(command.UserId, token).ConfigureAwait(false);
                var found = hold is not null
                    && await carts.SetQuantityAsync(command.UserId, command.CartItemId, command.Quantity, clock.GetUtcNow(), token).ConfigureAwait(false);
                return found ? Result<bool>.Ok(true) : ErrorCatalog.CartItemNotFound;
            },
            cancellationToken).ConfigureAwait(false);
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        return await reader.ReadAsync(command.UserId, cancellationToken).ConfigureAwait(false);
    }
}
