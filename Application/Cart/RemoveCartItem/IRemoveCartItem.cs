using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart.RemoveCartItem;

/// <summary>Takes one line out of the caller's cart. A line that is not the caller's (or is already gone) → 3105.</summary>
public interface IRemoveCartItem
{
    Task<Result> RemoveAsync(long userId, long cartItemId, CancellationToken cancellationToken);
}
