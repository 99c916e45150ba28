namespace Hexagon.Application.Catalog.Ports;

public sealed record OptionGroup(long GroupId, string Name, bool Required, int MinSelect, int MaxSelect, IReadOnlyList<MenuOption> Options);
