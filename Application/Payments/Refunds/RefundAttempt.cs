namespace Hexagon.Application.Payments.Refunds;

/// <summary>How one attempt at a refund ended.</summary>
public enum RefundAttempt
{
    /// <summary>Toss confirmed the cancel (now, or earlier under the same key).</summary>
    Done,

    /// <summary>Not confirmed yet (no answer, a transient code, our own misconfiguration): try again later.</summary>
    Retry,

    /// <summary>Toss refused for a reason only a person can resolve (refund period over, account problems).</summary>
    NeedsOperator,
}
