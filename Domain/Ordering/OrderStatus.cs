namespace Hexagon.Domain.Ordering;

/// <summary>
/// PAID → ACCEPTED → READY → PICKED_UP; PAID → CANCELED (customer), REJECTED (store), AUTO_CANCELED (the store never
/// answered). The last three give the money back.
/// </summary>
public enum OrderStatus
{
    Paid,
    Accepted,
    Ready,
    PickedUp,
    Canceled,
    Rejected,
    AutoCanceled,
}
