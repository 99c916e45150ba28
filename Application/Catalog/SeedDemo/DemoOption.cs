namespace Hexagon.Application.Catalog.SeedDemo;

/// <param name="PriceDelta">Won added to the menu price, never negative.</param>
public sealed record DemoOption(long Id, string Name, int PriceDelta, bool SoldOut, int DisplayOrder);
