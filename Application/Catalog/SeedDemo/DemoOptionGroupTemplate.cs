namespace Hexagon.Application.Catalog.SeedDemo;

/// <summary>An option group a kind of shop offers on its menus, with (name, price delta) pairs in won.</summary>
internal sealed record DemoOptionGroupTemplate(string Name, bool Required, int MinSelect, int MaxSelect, (string Name, int PriceDelta)[] Options);
