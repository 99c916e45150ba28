namespace Hexagon.Application.Promotions.Ports;

/// <param name="Delta">Points added (positive) or spent (negative).</param>
/// <param name="OrderId">The order the change belongs to, or null (e.g. a welcome grant).</param>
public sealed record PointLedgerEntry(long EntryId, long Delta, long BalanceAfter, string Reason, string? OrderId, DateTimeOffset CreatedAt)
{
    public PointLedgerPosition Position => new(EntryId);
}
