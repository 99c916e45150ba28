namespace Hexagon.Domain.Payments;

/// <summary>
/// Where a payment stands at the payment provider. <see cref="Unknown"/> stands for a status the provider added after
/// this code was written: it is never treated as paid.
/// </summary>
public enum PaymentStatus
{
    Unknown,
    Ready,
    InProgress,
    WaitingForDeposit,
    Done,
    Canceled,
    PartialCanceled,
    Aborted,
    Expired,
}
