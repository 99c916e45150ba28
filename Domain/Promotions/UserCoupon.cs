using Hexagon.Domain.Common;

namespace Hexagon.Domain.Promotions;

/// <summary>
/// A coupon as one customer holds it. Valid from <see cref="ValidFrom"/> (inclusive) until <see cref="ValidUntil"/>
/// (exclusive), so back-to-back campaigns never overlap by an instant. Whether it may be used is decided here; marking it
/// used is the repository's conditional update, so two racing orders cannot both use it.
/// </summary>
public sealed class UserCoupon
{
    public UserCoupon(
        long userCouponId,
        long couponId,
        string name,
        long? storeId,
        long discountAmount,
        long minimumOrderAmount,
        DateTimeOffset validFrom,
        DateTimeOffset validUntil,
        DateTimeOffset? usedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // The table's CHECK constraints say the same: a row breaking them is a bug, not a customer's mistake.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(discountAmount);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumOrderAmount);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validUntil, validFrom);
        UserCouponId = userCouponId;
        CouponId = couponId;
        Name = name;
        StoreId = storeId;
        DiscountAmount = discountAmount;
        MinimumOrderAmount = minimumOrderAmount;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        UsedAt = usedAt;
    }

    public long UserCouponId { get; }

    public long CouponId { get; }

    public string Name { get; }

    /// <summary>The one store it can be used at, or null for every store (platform-wide).</summary>
    public long? StoreId { get; }

    /// <summary>Won off the order, at most the order's subtotal.</summary>
    public long DiscountAmount { get; }

    /// <summary>The subtotal (before discounts) an order must reach.</summary>
    public long MinimumOrderAmount { get; }

    public DateTimeOffset ValidFrom { get; }

    public DateTimeOffset ValidUntil { get; }

    public DateTimeOffset? UsedAt { get; }

    public bool IsUsed => UsedAt is not null;

    /// <summary>Unused and within its validity: what "my coupons" lists.</summary>
    public bool IsUsableAt(DateTimeOffset now) => !IsUsed && now >= ValidFrom && now < ValidUntil;

    /// <summary>
    /// The discount on an order of <paramref name="subtotal"/> won at <paramref name="storeId"/>: never more than the
    /// subtotal, so a coupon cannot make an order negative. Checked in the order a customer can act on: a used or
    /// out-of-date coupon first (nothing to do), then the store, then the amount (add more to the cart).
    /// </summary>
    public Result<long> DiscountFor(long storeId, long subtotal, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(subtotal);
        if (IsUsed)
        {
            return PromotionErrors.CouponAlreadyUsed;
        }

        if (now < ValidFrom)
        {
            return PromotionErrors.CouponNotYetValid;
        }

        if (now >= ValidUntil)
        {
            return PromotionErrors.CouponExpired;
        }

        if (StoreId is { } only && only != storeId)
        {
            return PromotionErrors.CouponNotForThisStore;
        }

        if (subtotal < MinimumOrderAmount)
        {
            return PromotionErrors.MinimumOrderNotMet(MinimumOrderAmount);
        }

        return Math.Min(DiscountAmount, subtotal);
    }
}
