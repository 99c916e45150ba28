using System.Text.Json.Serialization;
using Hexagon.Application.Cart.Ports;

namespace Hexagon.Adapters.Web.Cart;

/// <summary>
/// The body of GET /api/v1/cart (and of PATCH on a line). An empty cart keeps the same shape with storeId, storeName
/// and storeStatus null (written out, not left out), no items and a subtotal of 0.
/// </summary>
/// <param name="StoreStatus">OPEN, CLOSED or PAUSED: only an OPEN store takes the order.</param>
public sealed record CartResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? StoreId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StoreName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StoreStatus,
    IReadOnlyList<CartItemResponse> Items,
    long Subtotal)
{
    public static CartResponse From(PricedCart cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        return new CartResponse(
            cart.Store?.StoreId, cart.Store?.Name, cart.Store?.Status, cart.Lines.Select(CartItemResponse.From).ToList(), cart.Subtotal);
    }
}
