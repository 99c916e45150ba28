namespace Hexagon.Application.Catalog.SeedDemo;

/// <summary>One kind of shop (café, burger, …): what its brands are called and what it sells, for the generator.</summary>
internal sealed record DemoStoreKind(
    string Kind,
    IReadOnlyList<string> Brands,
    IReadOnlyList<string> Tags,
    IReadOnlyList<(string Category, string[] Menus)> Categories,
    IReadOnlyList<DemoOptionGroupTemplate> OptionGroups);
