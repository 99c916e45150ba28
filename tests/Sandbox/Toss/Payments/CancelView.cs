namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>One entry of Payment.cancels[]: every cancel, full or partial, appends one.</summary>
internal sealed record CancelView(
    long CancelAmount,
    string CancelReason,
    long TaxFreeAmount,
    long RefundableAmount,
    string CanceledAt,
    string TransactionKey,
    string CancelStatus);
