namespace Hexagon.Domain.Ordering;

/// <summary>A move of an order from one status to another, as the status history records it.</summary>
/// <param name="Actor">CUSTOMER, STORE or SYSTEM.</param>
public sealed record OrderTransition(OrderStatus? From, OrderStatus To, string Actor, string? Reason, DateTimeOffset At);
