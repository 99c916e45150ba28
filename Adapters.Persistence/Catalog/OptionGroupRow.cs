namespace Hexagon.Adapters.Persistence.Catalog;

internal sealed class OptionGroupRow
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public bool Required { get; init; }

    public int MinSelect { get; init; }

    public int MaxSelect { get; init; }
}
