namespace Hexagon.Application.Cart.AddCartItem;

/// <param name="StoreId">0 when the request left it out (→ 1111).</param>
/// <param name="MenuId">0 when the request left it out (→ 1111).</param>
/// <param name="Quantity">0 when the request left it out (→ 1111).</param>
/// <param name="ReplaceCart">When the cart holds another store's menus: empty it first instead of refusing with 3101.</param>
public sealed record AddCartItemCommand(long UserId, long StoreId, long MenuId, int Quantity, IReadOnlyList<long> OptionIds, bool ReplaceCart);
