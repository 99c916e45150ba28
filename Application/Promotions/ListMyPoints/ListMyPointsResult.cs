using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Application.Promotions.ListMyPoints;

/// <summary>The balance now and one page of the ledger; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ListMyPointsResult(long Balance, IReadOnlyList<PointLedgerEntry> Entries, int Take, bool HasNext, string? NextCursor);
