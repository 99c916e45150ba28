using Hexagon.Domain.Common;

namespace Hexagon.Application.Ordering.PlaceOrder;

/// <summary>
/// POST /api/v1/orders: a paid checkout becomes exactly one order, or the money goes back. Confirms the payment first
/// when the app has not (one-call flow). The same order id again answers the same order: never a second order, never
/// a second charge.
/// </summary>
public interface IPlaceOrder
{
    Task<Result<PlacedOrder>> PlaceAsync(PlaceOrderCommand command, CancellationToken cancellationToken);
}
