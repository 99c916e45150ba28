using Hexagon.Application.Checkouts.CreateCheckout;

namespace Hexagon.Adapters.Web.Checkouts;

/// <summary>What the app passes to the Toss widget (orderId, orderName, amount, customer) and shows the buyer.</summary>
public sealed record CheckoutResponse(
    string OrderId,
    string OrderName,
    long Amount,
    long Subtotal,
    long CouponAmount,
    long PointAmount,
    string CustomerName,
    string CustomerEmail,
    DateTimeOffset ExpiresAt)
{
    public static CheckoutResponse From(CreateCheckoutResult result) => new(
        result.OrderId, result.OrderName, result.Amount, result.Subtotal, result.CouponAmount, result.PointAmount,
        result.CustomerName, result.CustomerEmail, result.ExpiresAt);
}
