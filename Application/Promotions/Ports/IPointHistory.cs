namespace Hexagon.Application.Promotions.Ports;

/// <summary>The read side of "my points": the ledger, newest first, a keyset page at a time.</summary>
public interface IPointHistory
{
    /// <summary>Up to <paramref name="limit"/> entries older than <paramref name="after"/> (or the newest when null).</summary>
    Task<IReadOnlyList<PointLedgerEntry>> ListAsync(long userId, PointLedgerPosition? after, int limit, CancellationToken cancellationToken);
}
