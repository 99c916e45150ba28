namespace Hexagon.Domain.Checkouts;

/// <summary>
/// What a checkout charges: the subtotal of its lines minus the coupon's discount minus the points used. Toss's card
/// minimum (100 won) applies to what is left.
/// </summary>
public sealed record CheckoutAmounts(long Subtotal, long CouponAmount, long PointAmount)
{
    public const long MinimumPayableAmount = 100;

    public long Amount => Subtotal - CouponAmount - PointAmount;

    public bool MeetsMinimum => Amount >= MinimumPayableAmount;
}
