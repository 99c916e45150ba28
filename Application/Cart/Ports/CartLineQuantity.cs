namespace Hexagon.Application.Cart.Ports;

/// <summary>An existing cart line and the quantity it holds.</summary>
public sealed record CartLineQuantity(long CartItemId, int Quantity);
