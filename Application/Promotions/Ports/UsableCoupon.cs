namespace Hexagon.Application.Promotions.Ports;

/// <summary>A coupon of the list, with the name of the store it is limited to (both null for a platform-wide one).</summary>
public sealed record UsableCoupon(
    long UserCouponId,
    long CouponId,
    string Name,
    long? StoreId,
    string? StoreName,
    long DiscountAmount,
    long MinimumOrderAmount,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil);
