namespace Hexagon.Application.Cart.Ports;

/// <summary>
/// Reads the customer's current cart priced from the database: the cart screen, the stock check and the checkout all
/// start here. Inside a unit of work it reads on that transaction.
/// </summary>
public interface ICartReader
{
    /// <summary>The cart with its store, lines (oldest first) and chosen options; <see cref="PricedCart.Empty"/> when there is none.</summary>
    Task<PricedCart> ReadAsync(long userId, CancellationToken cancellationToken);
}
