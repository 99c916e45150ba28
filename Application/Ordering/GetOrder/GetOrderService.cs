using Hexagon.Application.Errors;
using Hexagon.Application.Ordering.Ports;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Common;
using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Ordering.GetOrder;

public sealed class GetOrderService(IOrderRepository orders) : IGetOrder
{
    public async Task<Result<Order>> GetAsync(long userId, string orderNo, CancellationToken cancellationToken)
    {
        if (!CheckoutOrderId.IsWellFormed(orderNo))
        {
            return ErrorCatalog.OrderNotFound;
        }

        var order = await orders.FindAsync(orderNo, cancellationToken).ConfigureAwait(false);
        return order is not null && order.UserId == userId ? order : ErrorCatalog.OrderNotFound;
    }
}
