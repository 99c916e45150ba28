using Hexagon.Domain.Common;
using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Ordering.GetOrder;

/// <summary>GET /api/v1/orders/{orderNo}: the caller's order with its status history; anyone else's is "not found".</summary>
public interface IGetOrder
{
    Task<Result<Order>> GetAsync(long userId, string orderNo, CancellationToken cancellationToken);
}
