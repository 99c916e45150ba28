using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Ordering.ListOrders;

public sealed record ListOrdersResult(IReadOnlyList<Order> Orders, int Take, bool HasNext, string? NextCursor);
