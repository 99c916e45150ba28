namespace Hexagon.Application.Catalog.Ports;

/// <param name="Price">Won, an integer.</param>
public sealed record MenuDetail(
    long MenuId,
    long StoreId,
    string Name,
    string? Description,
    long Price,
    bool SoldOut,
    int RemainingStock,
    string? ImageUrl,
    IReadOnlyList<OptionGroup> OptionGroups);
