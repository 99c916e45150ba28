using Hexagon.Domain.Common;

namespace Hexagon.Domain.Ordering;

/// <summary>
/// The order's legal moves. Repeating the move that produced the current status is a no-op (the world repeats
/// itself: a double tap, a retried POS call); anything else not listed is refused with a stable code.
/// </summary>
public static class OrderStateMachine
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Next = new()
    {
        [OrderStatus.Paid] = [OrderStatus.Accepted, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.AutoCanceled],
        [OrderStatus.Accepted] = [OrderStatus.Ready],
        [OrderStatus.Ready] = [OrderStatus.PickedUp],
        [OrderStatus.PickedUp] = [],
        [OrderStatus.Canceled] = [],
        [OrderStatus.Rejected] = [],
        [OrderStatus.AutoCanceled] = [],
    };

    /// <summary>
    /// Ok(true) when the order must move, Ok(false) when it is already there (nothing to do), or the refusal. A customer
    /// cancel after the store accepted gets its own code, the one the app explains ("already accepted").
    /// </summary>
    public static Result<bool> Check(OrderStatus from, OrderStatus to)
    {
        if (from == to)
        {
            return false;
        }

        if (Next[from].Contains(to))
        {
            return true;
        }

        return to == OrderStatus.Canceled ? OrderErrors.NotCancelable : OrderErrors.CannotMove(from, to);
    }
}
