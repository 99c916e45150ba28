namespace Hexagon.Application.Ordering.Ports;

/// <summary>A menu the order could not take: how many it asked for and how many were left.</summary>
public sealed record ShortStock(long MenuId, string Name, int Requested, int Remaining);
