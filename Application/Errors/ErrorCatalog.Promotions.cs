using Hexagon.Domain.Common;
using Hexagon.Domain.Promotions;

namespace Hexagon.Application.Errors;

/// <summary>
/// 320x–321x — coupons and points (3201–3219). The rules live in the domain (UserCoupon.DiscountFor, PointsRule), so the
/// errors are defined there and listed here: one definition per code. An occurrence may name the amount (e.g.
/// "쿠폰을 사용하려면 15,000원 이상 주문해 주세요."); the code stays. Someone else's coupon is 3201 like a missing one, so
/// a coupon id reveals nothing about other customers. A bad points-history cursor is 2003, the list cursor code every
/// keyset list answers with (the app's handling, "reload from the start", is the same).
/// </summary>
public static partial class ErrorCatalog
{
    public static readonly Error CouponNotFound = PromotionErrors.CouponNotFound;
    public static readonly Error CouponAlreadyUsed = PromotionErrors.CouponAlreadyUsed;
    public static readonly Error CouponNotYetValid = PromotionErrors.CouponNotYetValid;
    public static readonly Error CouponExpired = PromotionErrors.CouponExpired;
    public static readonly Error CouponNotForThisStore = PromotionErrors.CouponNotForThisStore;
    public static readonly Error CouponMinimumNotMet = PromotionErrors.CouponMinimumNotMet;

    public static readonly Error PointsNegative = PromotionErrors.PointsNegative;
    public static readonly Error PointsExceedBalance = PromotionErrors.PointsExceedBalance;
    public static readonly Error PointsExceedPayable = PromotionErrors.PointsExceedPayable;
}
