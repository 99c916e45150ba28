using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Adapters.Persistence.Promotions;

/// <summary>A row of point_ledger.</summary>
internal sealed class PointLedgerRow
{
    public long EntryId { get; init; }

    public long Delta { get; init; }

    public long BalanceAfter { get; init; }

    public string Reason { get; init; } = "";

    public string? OrderId { get; init; }

    public DateTime CreatedAt { get; init; }

    public PointLedgerEntry ToEntry() => new(EntryId, Delta, BalanceAfter, Reason, OrderId, Utc.From(CreatedAt));
}
