namespace Hexagon.Application.Cart.Ports;

/// <summary>A chosen option of a cart line, priced from the database at read time.</summary>
/// <param name="PriceDelta">Won added to the menu's price (≥ 0).</param>
public sealed record PricedCartOption(long OptionId, string Name, long PriceDelta, bool SoldOut);
