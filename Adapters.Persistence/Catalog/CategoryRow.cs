namespace Hexagon.Adapters.Persistence.Catalog;

internal sealed class CategoryRow
{
    public long Id { get; init; }

    public string Name { get; init; } = "";
}
