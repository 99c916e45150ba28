using System.Text.Json.Serialization;
using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Adapters.Web.Promotions;

/// <summary>One ledger entry; orderId is written as null when the change belongs to no order (e.g. a welcome grant).</summary>
public sealed record PointEntryResponse(
    long EntryId,
    long Delta,
    long BalanceAfter,
    string Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? OrderId,
    DateTimeOffset CreatedAt)
{
    public static PointEntryResponse From(PointLedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new PointEntryResponse(entry.EntryId, entry.Delta, entry.BalanceAfter, entry.Reason, entry.OrderId, entry.CreatedAt);
    }
}
