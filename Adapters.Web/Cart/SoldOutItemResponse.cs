using System.Text.Json.Serialization;
using Hexagon.Application.Cart.StockCheck;

namespace Hexagon.Adapters.Web.Cart;

/// <summary>A sold-out menu (optionId and optionName null) or a sold-out option of a menu; the nulls are written out.</summary>
/// <param name="Name">The menu's name.</param>
public sealed record SoldOutItemResponse(
    long MenuId,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? OptionId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? OptionName)
{
    public static SoldOutItemResponse From(SoldOutItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new SoldOutItemResponse(item.MenuId, item.Name, item.OptionId, item.OptionName);
    }
}
