using Hexagon.Domain.Ordering;

namespace Hexagon.Adapters.Web.Ordering;

/// <summary>An order as the app shows it. <see cref="History"/> is only filled on the order's own page.</summary>
public sealed record OrderResponse(
    string OrderNo,
    string Status,
    OrderStoreResponse Store,
    IReadOnlyList<OrderItemResponse> Items,
    long Subtotal,
    long CouponAmount,
    long PointAmount,
    long TotalAmount,
    string? RequestNote,
    OrderPaymentResponse Payment,
    DateTimeOffset CreatedAt,
    IReadOnlyList<OrderHistoryResponse>? History)
{
    public static OrderResponse From(Order order, bool withHistory = false) => new(
        order.OrderNo,
        order.Status.Code(),
        new OrderStoreResponse(order.StoreId, order.StoreName),
        order.Lines.Select(OrderItemResponse.From).ToList(),
        order.Subtotal,
        order.CouponAmount,
        order.PointAmount,
        order.TotalAmount,
        order.RequestNote,
        new OrderPaymentResponse(order.PaymentMethod, order.ApprovedAt),
        order.CreatedAt,
        withHistory ? order.History.Select(OrderHistoryResponse.Of).ToList() : null);
}
