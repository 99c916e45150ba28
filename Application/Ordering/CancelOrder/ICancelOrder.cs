using Hexagon.Domain.Common;
using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Ordering.CancelOrder;

/// <summary>
/// POST /api/v1/orders/{orderNo}/cancel: the customer cancels before the store accepts. Stock, coupon and points come
/// back in one transaction with the refund's outbox message; repeating it changes nothing; after acceptance it is
/// refused.
/// </summary>
public interface ICancelOrder
{
    Task<Result<Order>> CancelAsync(CancelOrderCommand command, CancellationToken cancellationToken);
}
