using Hexagon.Domain.Common;

namespace Hexagon.Application.Ordering.ListOrders;

/// <summary>GET /api/v1/orders: the caller's orders, newest first, keyset paged.</summary>
public interface IListOrders
{
    Task<Result<ListOrdersResult>> ListAsync(ListOrdersQuery query, CancellationToken cancellationToken);
}
