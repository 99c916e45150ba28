namespace Hexagon.Adapters.Persistence.Rankings;

internal sealed class StoreNameRow
{
    public long Id { get; init; }

    public string Name { get; init; } = "";
}
