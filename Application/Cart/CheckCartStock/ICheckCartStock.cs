using Hexagon.Application.Cart.StockCheck;

namespace Hexagon.Application.Cart.CheckCartStock;

/// <summary>Whether the caller's cart could be ordered now, and if not, what to fix. Always answers for a readable cart.</summary>
public interface ICheckCartStock
{
    Task<StockCheckReport> CheckAsync(long userId, CancellationToken cancellationToken);
}
