using Hexagon.Application.Cart.Ports;

namespace Hexagon.Adapters.Persistence.Cart;

internal sealed class CartStoreRow
{
    public long StoreId { get; init; }

    public string Name { get; init; } = "";

    public string Status { get; init; } = "";

    public CartStore ToStore() => new(StoreId, Name, Status);
}
