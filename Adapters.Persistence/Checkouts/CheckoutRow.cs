using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Domain.Checkouts;

namespace Hexagon.Adapters.Persistence.Checkouts;

/// <summary>A checkouts row. The lines travel as the JSON snapshot written by <see cref="CheckoutLineSnapshot"/>.</summary>
internal sealed class CheckoutRow
{
    public string OrderId { get; init; } = "";
    public long UserId { get; init; }
    public long StoreId { get; init; }
    public string OrderName { get; init; } = "";
    public long Subtotal { get; init; }
    public long CouponAmount { get; init; }
    public long PointAmount { get; init; }
    public long? UserCouponId { get; init; }
    public string? RequestNote { get; init; }
    public string LineSnapshot { get; init; } = "[]";
    public string Status { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }

    public Checkout ToCheckout() => new()
    {
        OrderId = OrderId,
        UserId = UserId,
        StoreId = StoreId,
        OrderName = OrderName,
        Lines = CheckoutLineSnapshot.Read(LineSnapshot),
        Amounts = new CheckoutAmounts(Subtotal, CouponAmount, PointAmount),
        UserCouponId = UserCouponId,
        RequestNote = RequestNote,
        Status = Enum.Parse<CheckoutStatus>(Status, ignoreCase: true),
        CreatedAt = Utc.From(CreatedAt),
        ExpiresAt = Utc.From(ExpiresAt),
    };
}
