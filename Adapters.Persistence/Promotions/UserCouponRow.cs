using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Domain.Promotions;

namespace Hexagon.Adapters.Persistence.Promotions;

/// <summary>A user coupon joined with its coupon. Times are UTC, as stored (DATETIME(6)).</summary>
internal sealed class UserCouponRow
{
    public const string Columns = """
        uc.id AS UserCouponId, c.id AS CouponId, c.name AS Name, c.store_id AS StoreId, c.discount_amount AS DiscountAmount,
        c.minimum_order_amount AS MinimumOrderAmount, c.valid_from AS ValidFrom, c.valid_until AS ValidUntil, uc.used_at AS UsedAt
        """;

    public long UserCouponId { get; init; }

    public long CouponId { get; init; }

    public string Name { get; init; } = "";

    public long? StoreId { get; init; }

    public long DiscountAmount { get; init; }

    public long MinimumOrderAmount { get; init; }

    public DateTime ValidFrom { get; init; }

    public DateTime ValidUntil { get; init; }

    public DateTime? UsedAt { get; init; }

    public UserCoupon ToUserCoupon() => new(
        UserCouponId, CouponId, Name, StoreId, DiscountAmount, MinimumOrderAmount, Utc.From(ValidFrom), Utc.From(ValidUntil), Utc.From(UsedAt));
}
