using Hexagon.Domain.Common;

namespace Hexagon.Domain.Promotions;

/// <summary>
/// How many points an order may use: none below zero, no more than the customer has, and no more than what is left to
/// pay after the coupon (points never pay for more than the order). Toss's 100-won minimum on what remains is the
/// checkout's rule (CheckoutAmounts), not this one.
/// </summary>
public static class PointsRule
{
    /// <param name="requested">The points the customer wants to use.</param>
    /// <param name="balance">The customer's balance now.</param>
    /// <param name="payableBeforePoints">The subtotal minus the coupon discount.</param>
    public static Result Check(long requested, long balance, long payableBeforePoints)
    {
        if (requested < 0)
        {
            return PromotionErrors.PointsNegative;
        }

        if (requested > balance)
        {
            return PromotionErrors.BalanceExceeded(balance);
        }

        if (requested > payableBeforePoints)
        {
            return PromotionErrors.PayableExceeded(Math.Max(0, payableBeforePoints));
        }

        return Result.Ok();
    }
}
