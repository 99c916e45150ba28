namespace Hexagon.Domain.Ordering;

/// <summary>
/// A placed order: what was bought at what price, and where it stands. The order number is the checkout's order id,
/// which is also the key Toss knows the payment by.
/// </summary>
public sealed record Order
{
    public required long Id { get; init; }
    public required string OrderNo { get; init; }
    public required long UserId { get; init; }
    public required long StoreId { get; init; }
    public required string StoreName { get; init; }
    public required OrderStatus Status { get; init; }
    public required IReadOnlyList<OrderLine> Lines { get; init; }
    public required long Subtotal { get; init; }
    public required long CouponAmount { get; init; }
    public required long PointAmount { get; init; }
    public required long TotalAmount { get; init; }
    public long? UserCouponId { get; init; }
    public string? RequestNote { get; init; }
    public required string PaymentKey { get; init; }
    public required string PaymentMethod { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public IReadOnlyList<OrderTransition> History { get; init; } = [];
}
