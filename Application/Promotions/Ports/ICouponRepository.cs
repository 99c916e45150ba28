using Hexagon.Domain.Promotions;

namespace Hexagon.Application.Promotions.Ports;

/// <summary>
/// The customers' coupons, for the checkout and the order placement. Joins the running unit of work, like every
/// repository; used outside one, each call is a single statement and still atomic.
/// </summary>
public interface ICouponRepository
{
    /// <summary>The caller's coupon, or null when it does not exist or belongs to someone else.</summary>
    Task<UserCoupon?> FindOwnedAsync(long userId, long userCouponId, CancellationToken cancellationToken);

    /// <summary>
    /// True only when the coupon was unused (conditional UPDATE ... WHERE used_at IS NULL): of two racing orders exactly
    /// one wins. It does not check the validity or the owner again: check with <see cref="UserCoupon.DiscountFor"/> first.
    /// </summary>
    Task<bool> TryMarkUsedAsync(long userCouponId, string orderId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Makes a coupon used by this order usable again (order cancelled/refunded); no-op when it is not used by that
    /// order, so releasing twice, or after another order took it, changes nothing.
    /// </summary>
    Task ReleaseAsync(long userCouponId, string orderId, CancellationToken cancellationToken);
}
