namespace Hexagon.Application.Promotions.Ports;

/// <summary>
/// Where a page of the ledger ends: the last entry's id. Ids only grow, so the id alone is a total order; no time is
/// needed (unlike likes, whose rows have no surrogate key).
/// </summary>
public sealed record PointLedgerPosition(long EntryId);
