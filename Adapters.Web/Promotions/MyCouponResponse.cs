using System.Text.Json.Serialization;
using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Adapters.Web.Promotions;

/// <summary>
/// A usable coupon. storeId and storeName are written as null (not left out) for a platform-wide coupon, so the app can
/// tell "every store" from a field it does not know. Amounts in won; validUntil (UTC) is the first instant it no longer works.
/// </summary>
public sealed record MyCouponResponse(
    long UserCouponId,
    long CouponId,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? StoreId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StoreName,
    long DiscountAmount,
    long MinimumOrderAmount,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil)
{
    public static MyCouponResponse From(UsableCoupon coupon)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        return new MyCouponResponse(
            coupon.UserCouponId,
            coupon.CouponId,
            coupon.Name,
            coupon.StoreId,
            coupon.StoreName,
            coupon.DiscountAmount,
            coupon.MinimumOrderAmount,
            coupon.ValidFrom,
            coupon.ValidUntil);
    }
}
