namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>A store's counted orders on one Korean day (KoreanDate is a DATE, read as midnight).</summary>
internal sealed class DailyTotalsRow
{
    public long StoreId { get; init; }

    public DateTime KoreanDate { get; init; }

    public long Orders { get; init; }

    public long Revenue { get; init; }
}
