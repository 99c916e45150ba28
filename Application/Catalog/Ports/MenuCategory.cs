namespace Hexagon.Application.Catalog.Ports;

public sealed record MenuCategory(long CategoryId, string Name, IReadOnlyList<MenuSummary> Menus);
