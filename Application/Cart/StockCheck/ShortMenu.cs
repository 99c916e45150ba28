namespace Hexagon.Application.Cart.StockCheck;

/// <summary>A menu the cart asks more of than the store has left (but not none: that is sold out).</summary>
/// <param name="Requested">The quantities of every line of this menu, added up.</param>
public sealed record ShortMenu(long MenuId, string Name, int Requested, int Remaining);
