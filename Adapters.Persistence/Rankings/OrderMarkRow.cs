namespace Hexagon.Adapters.Persistence.Rankings;

internal sealed class OrderMarkRow
{
    public long Id { get; init; }

    public string OrderNo { get; init; } = "";

    /// <summary>UTC (DATETIME(6) holds UTC without saying so).</summary>
    public DateTime CreatedAt { get; init; }

    public long Cancelled { get; init; }
}
