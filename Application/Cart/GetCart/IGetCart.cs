using Hexagon.Application.Cart.Ports;

namespace Hexagon.Application.Cart.GetCart;

/// <summary>The customer's cart priced from the database now; <see cref="PricedCart.Empty"/> when there is none.</summary>
public interface IGetCart
{
    Task<PricedCart> GetAsync(long userId, CancellationToken cancellationToken);
}
