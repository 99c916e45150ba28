namespace Hexagon.Application.Rankings.Ports;

/// <summary>A store's value on one board (an order count or a revenue in won).</summary>
public sealed record StoreScore(long StoreId, long Value);
