namespace Hexagon.Adapters.Web.Rankings;

/// <summary>One line of a ranking: value is an order count or won, per the metric asked.</summary>
public sealed record RankedStoreResponse(int Rank, long StoreId, string? Name, long Value);
