namespace Hexagon.Adapters.Persistence.Catalog;

internal sealed class OptionRow
{
    public long Id { get; init; }

    public long GroupId { get; init; }

    public string Name { get; init; } = "";

    public long PriceDelta { get; init; }

    public bool SoldOut { get; init; }
}
