namespace Hexagon.Domain.Checkouts;

/// <summary>
/// OPEN: waiting for the buyer's payment. PAID: the payment is confirmed, the order not yet placed. ORDERED: the order
/// exists. EXPIRED: abandoned before payment.
/// </summary>
public enum CheckoutStatus
{
    Open,
    Paid,
    Ordered,
    Expired,
}
