namespace Hexagon.Application.Catalog.SeedDemo;

/// <param name="Price">Integer won.</param>
public sealed record DemoMenu(
    long Id,
    long CategoryId,
    string Name,
    string Description,
    int Price,
    int Stock,
    bool SoldOut,
    int DisplayOrder,
    string? ImageUrl,
    IReadOnlyList<DemoOptionGroup> OptionGroups);
