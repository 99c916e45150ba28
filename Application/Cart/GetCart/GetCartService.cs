using Hexagon.Application.Cart.Ports;

namespace Hexagon.Application.Cart.GetCart;

/// <summary>A plain read, no transaction: every price, name and flag is whatever the database holds at this moment.</summary>
public sealed class GetCartService(ICartReader reader) : IGetCart
{
    public Task<PricedCart> GetAsync(long userId, CancellationToken cancellationToken) => reader.ReadAsync(userId, cancellationToken);
}
