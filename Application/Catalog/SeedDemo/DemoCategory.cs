namespace Hexagon.Application.Catalog.SeedDemo;

public sealed record DemoCategory(long Id, string Name, int DisplayOrder);
