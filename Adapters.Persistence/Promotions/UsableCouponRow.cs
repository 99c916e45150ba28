using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Adapters.Persistence.Promotions;

/// <summary>A row of the "my usable coupons" query.</summary>
internal sealed class UsableCouponRow
{
    public long UserCouponId { get; init; }

    public long CouponId { get; init; }

    public string Name { get; init; } = "";

    public long? StoreId { get; init; }

    public string? StoreName { get; init; }

    public long DiscountAmount { get; init; }

    public long MinimumOrderAmount { get; init; }

    public DateTime ValidFrom { get; init; }

    public DateTime ValidUntil { get; init; }

    public UsableCoupon ToUsableCoupon() => new(
        UserCouponId, CouponId, Name, StoreId, StoreName, DiscountAmount, MinimumOrderAmount, Utc.From(ValidFrom), Utc.From(ValidUntil));
}
