namespace Hexagon.Application.Rankings.GetStoreRanking;

/// <summary>
/// One line of a ranking. <paramref name="Rank"/> is the position from 1 (equal values are ordered by store id and
/// still get consecutive ranks). <paramref name="Name"/> is null only for a store MySQL no longer has.
/// </summary>
public sealed record RankedStore(int Rank, long StoreId, string? Name, long Value);
