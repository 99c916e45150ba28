namespace Hexagon.Application.Promotions.Ports;

/// <summary>
/// A customer's point balance and its ledger. Every change writes a ledger row with the balance after it, atomically with
/// the change: the adapter joins the running unit of work, or runs the two statements in a transaction of its own.
/// </summary>
public interface IPointLedger
{
    /// <summary>The balance now; 0 for an unknown customer.</summary>
    Task<long> BalanceAsync(long userId, CancellationToken cancellationToken);

    /// <summary>
    /// False (and nothing written) when the balance is smaller than points; otherwise deducts and writes a ledger row
    /// with the balance after. A single conditional update decides, so concurrent deductions never take the balance below
    /// zero. Deducting 0 points writes nothing and answers true; negative points are a bug (ArgumentOutOfRangeException).
    /// </summary>
    Task<bool> TryDeductAsync(long userId, long points, string reason, string? orderId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Adds points and writes a ledger row (refunds, demo grants). Crediting 0 points writes nothing; negative points or an
    /// unknown customer are bugs (exceptions).
    /// </summary>
    Task CreditAsync(long userId, long points, string reason, string? orderId, DateTimeOffset now, CancellationToken cancellationToken);
}
