namespace Hexagon.Adapters.Persistence.Cart;

/// <summary>A cart_item_options row joined with the option's current name, price delta and flag.</summary>
internal sealed class CartOptionRow
{
    public long CartItemId { get; init; }

    public long OptionId { get; init; }

    public string Name { get; init; } = "";

    public long PriceDelta { get; init; }

    public bool SoldOut { get; init; }
}
