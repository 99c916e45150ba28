using Hexagon.Domain.Ordering;

namespace Hexagon.Adapters.Web.Ordering;

public sealed record OrderItemResponse(long MenuId, string Name, int Quantity, long UnitPrice, IReadOnlyList<OrderItemOptionResponse> Options, long LineAmount)
{
    public static OrderItemResponse From(OrderLine line) => new(
        line.MenuId, line.Name, line.Quantity, line.UnitPrice,
        line.Options.Select(option => new OrderItemOptionResponse(option.OptionId, option.Name, option.Price)).ToList(),
        line.LineAmount);
}
