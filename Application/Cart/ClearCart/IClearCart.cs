using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart.ClearCart;

/// <summary>Empties the caller's cart. Idempotent: clearing an empty cart succeeds.</summary>
public interface IClearCart
{
    Task<Result> ClearAsync(long userId, CancellationToken cancellationToken);
}
