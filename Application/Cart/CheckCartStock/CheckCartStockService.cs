using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Cart.StockCheck;

namespace Hexagon.Application.Cart.CheckCartStock;

/// <summary>
/// Reads the cart and judges it. Advisory, so no locks: stock can change right after; the checkout judges again, with
/// the same evaluator, inside the transaction that takes the stock.
/// </summary>
public sealed class CheckCartStockService(ICartReader reader) : ICheckCartStock
{
    public async Task<StockCheckReport> CheckAsync(long userId, CancellationToken cancellationToken)
    {
        var cart = await reader.ReadAsync(userId, cancellationToken).ConfigureAwait(false);
        return StockCheckEvaluator.Evaluate(cart);
    }
}
