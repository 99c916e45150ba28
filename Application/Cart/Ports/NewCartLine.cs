namespace Hexagon.Application.Cart.Ports;

/// <summary>A line to put in the cart (or to merge into the identical line already there). No price: prices are read, never stored.</summary>
/// <param name="OptionIdsKey">Domain.Cart.OptionIdsKey of <paramref name="OptionIds"/>.</param>
public sealed record NewCartLine(long MenuId, IReadOnlyList<long> OptionIds, string OptionIdsKey, int Quantity);
