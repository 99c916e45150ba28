namespace Hexagon.Application.Cart.StockCheck;

/// <summary>
/// Something in the cart that cannot be ordered now: a menu (no option), sold out by the store's flag or with no
/// stock left; or a chosen option of a menu, sold out by its flag (then <see cref="OptionId"/> and <see cref="OptionName"/> are set).
/// </summary>
public sealed record SoldOutItem(long MenuId, string Name, long? OptionId, string? OptionName);
