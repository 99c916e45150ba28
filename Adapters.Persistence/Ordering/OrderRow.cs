using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Domain.Ordering;

namespace Hexagon.Adapters.Persistence.Ordering;

/// <summary>An orders row.</summary>
internal sealed class OrderRow
{
    public long Id { get; init; }
    public string OrderNo { get; init; } = "";
    public long UserId { get; init; }
    public long StoreId { get; init; }
    public string StoreName { get; init; } = "";
    public string Status { get; init; } = "";
    public long Subtotal { get; init; }
    public long CouponAmount { get; init; }
    public long PointAmount { get; init; }
    public long TotalAmount { get; init; }
    public long? UserCouponId { get; init; }
    public string? RequestNote { get; init; }
    public string PaymentKey { get; init; } = "";
    public string PaymentMethod { get; init; } = "";
    public DateTime? ApprovedAt { get; init; }
    public DateTime CreatedAt { get; init; }

    public const string Columns = """
        o.id AS Id, o.order_no AS OrderNo, o.user_id AS UserId, o.store_id AS StoreId, o.store_name AS StoreName,
        o.status AS Status, o.subtotal AS Subtotal, o.coupon_amount AS CouponAmount, o.point_amount AS PointAmount,
        o.total_amount AS TotalAmount, o.user_coupon_id AS UserCouponId, o.request_note AS RequestNote,
        o.payment_key AS PaymentKey, o.payment_method AS PaymentMethod, o.approved_at AS ApprovedAt, o.created_at AS CreatedAt
        """;

    public Order ToOrder(IReadOnlyList<OrderLine> lines, IReadOnlyList<OrderTransition> history) => new()
    {
        Id = Id,
        OrderNo = OrderNo,
        UserId = UserId,
        StoreId = StoreId,
        StoreName = StoreName,
        Status = OrderStatusNames.Parse(Status),
        Lines = lines,
        Subtotal = Subtotal,
        CouponAmount = CouponAmount,
        PointAmount = PointAmount,
        TotalAmount = TotalAmount,
        UserCouponId = UserCouponId,
        RequestNote = RequestNote,
        PaymentKey = PaymentKey,
        PaymentMethod = PaymentMethod,
        ApprovedAt = Utc.From(ApprovedAt),
        CreatedAt = Utc.From(CreatedAt),
        History = history,
    };
}
