using Hexagon.Application.Cart.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart.ChangeCartItemQuantity;

/// <summary>Sets a line's quantity (1–99, else 1111) and answers the cart. A line that is not the caller's → 3105.</summary>
public interface IChangeCartItemQuantity
{
    Task<Result<PricedCart>> ChangeAsync(ChangeCartItemQuantityCommand command, CancellationToken cancellationToken);
}
