namespace Hexagon.Application.Rankings.Ports;

/// <summary>A store's counted orders and their revenue (won) over some span, as MySQL adds them up.</summary>
public sealed record StoreTotals(long StoreId, long Orders, long Revenue);
