using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart.AddCartItem;

/// <summary>
/// Puts a menu with its chosen options in the customer's cart, or adds to the identical line already there.
/// Bad numbers → 1111; unknown store/menu → 2001/2002; another store's cart → 3101 unless ReplaceCart; a store not
/// open → 3102; a sold-out menu → 3103; a merge beyond 99 → 3104; option choices → 3110–3115.
/// </summary>
public interface IAddCartItem
{
    Task<Result<AddCartItemResult>> AddAsync(AddCartItemCommand command, CancellationToken cancellationToken);
}
