namespace Hexagon.Application.Rankings.Ports;

/// <summary>A store's counted orders and revenue on one Korean calendar day.</summary>
public sealed record DailyStoreTotals(long StoreId, DateOnly KoreanDate, long Orders, long Revenue);
