namespace Hexagon.Application.Catalog.Ports;

/// <param name="Price">The price added to the menu's, in won (≥ 0).</param>
public sealed record MenuOption(long OptionId, string Name, long Price, bool SoldOut);
