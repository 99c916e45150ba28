namespace Hexagon.Application.Checkouts.CreateCheckout;

/// <summary>What the app hands to the Toss widget (order id, name, amount, customer) and shows the buyer.</summary>
public sealed record CreateCheckoutResult(
    string OrderId,
    string OrderName,
    long Amount,
    long Subtotal,
    long CouponAmount,
    long PointAmount,
    string CustomerName,
    string CustomerEmail,
    DateTimeOffset ExpiresAt);
