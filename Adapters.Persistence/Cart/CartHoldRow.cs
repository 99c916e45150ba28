using Hexagon.Application.Cart.Ports;

namespace Hexagon.Adapters.Persistence.Cart;

internal sealed class CartHoldRow
{
    public long StoreId { get; init; }

    public int LineCount { get; init; }

    public CartHold ToHold() => new(StoreId, LineCount);
}
