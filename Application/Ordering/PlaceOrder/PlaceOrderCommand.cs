namespace Hexagon.Application.Ordering.PlaceOrder;

public sealed record PlaceOrderCommand(long UserId, string OrderId, string PaymentKey, long Amount);
