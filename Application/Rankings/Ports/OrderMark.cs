namespace Hexagon.Application.Rankings.Ports;

/// <summary>
/// What a rebuild needs to know of each order to rewrite the idempotency markers: its number, when it was placed and
/// whether it has been taken back out since (cancelled, rejected, auto-cancelled). <paramref name="Id"/> is the keyset.
/// </summary>
public sealed record OrderMark(long Id, string OrderNo, DateTimeOffset PlacedAt, bool Cancelled);
