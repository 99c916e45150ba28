namespace Hexagon.Application.Catalog.SeedDemo;

public sealed record DemoOptionGroup(
    long Id,
    string Name,
    bool Required,
    int MinSelect,
    int MaxSelect,
    int DisplayOrder,
    IReadOnlyList<DemoOption> Options);
