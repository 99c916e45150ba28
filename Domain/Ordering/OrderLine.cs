namespace Hexagon.Domain.Ordering;

/// <summary>One line of an order, copied from the checkout's snapshot: the prices the buyer paid.</summary>
public sealed record OrderLine(long MenuId, string Name, int Quantity, long UnitPrice, long LineAmount, IReadOnlyList<OrderLineOption> Options);
