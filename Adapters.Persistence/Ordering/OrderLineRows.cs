using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Domain.Ordering;

namespace Hexagon.Adapters.Persistence.Ordering;

/// <summary>The order_items, order_item_options and order_status_history rows of one or more orders.</summary>
internal sealed class OrderItemRow
{
    public long Id { get; init; }
    public long OrderId { get; init; }
    public long MenuId { get; init; }
    public string Name { get; init; } = "";
    public int Quantity { get; init; }
    public long UnitPrice { get; init; }
    public long LineAmount { get; init; }
}

internal sealed class OrderItemOptionRow
{
    public long OrderItemId { get; init; }
    public long OptionId { get; init; }
    public string Name { get; init; } = "";
    public long Price { get; init; }
}

internal sealed class OrderHistoryRow
{
    public long OrderId { get; init; }
    public string? FromStatus { get; init; }
    public string ToStatus { get; init; } = "";
    public string Actor { get; init; } = "";
    public string? Reason { get; init; }
    public DateTime CreatedAt { get; init; }

    public OrderTransition ToTransition() => new(
        FromStatus is null ? null : OrderStatusNames.Parse(FromStatus), OrderStatusNames.Parse(ToStatus), Actor, Reason, Utc.From(CreatedAt));
}
