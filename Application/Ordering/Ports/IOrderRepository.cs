using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Ordering.Ports;

/// <summary>Orders with their lines and status history.</summary>
public interface IOrderRepository
{
    /// <summary>Stores a new order (its Id is ignored), its lines and its first history row; returns the new id.</summary>
    Task<long> AddAsync(Order order, OrderTransition placed, CancellationToken cancellationToken);

    /// <summary>The order with lines and history, or null.</summary>
    Task<Order?> FindAsync(string orderNo, CancellationToken cancellationToken);

    /// <summary>The order with lines (no history), its row locked for the rest of the transaction; null when none.</summary>
    Task<Order?> LockAsync(string orderNo, CancellationToken cancellationToken);

    /// <summary>Moves the order and appends the history row.</summary>
    Task MoveAsync(long orderId, OrderTransition transition, CancellationToken cancellationToken);

    /// <summary>The user's orders, newest first, after the keyset position (an order id), lines included.</summary>
    Task<IReadOnlyList<Order>> ListAsync(long userId, long? beforeOrderId, int limit, CancellationToken cancellationToken);
}
