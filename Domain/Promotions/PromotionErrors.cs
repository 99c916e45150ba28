using System.Globalization;
using Hexagon.Domain.Common;

namespace Hexagon.Domain.Promotions;

/// <summary>
/// Why a coupon or an amount of points cannot be used on an order (32xx). The application's catalog lists these same
/// instances, so a code is defined once. Kinds: what the customer holds is not usable now (used, not yet valid,
/// expired, more points than they have) is a conflict with the state of the world (409); a choice that does not fit
/// this order (another store's coupon, the minimum, more points than the order costs) is a bad request (400).
/// </summary>
public static class PromotionErrors
{
    public static readonly Error CouponNotFound = new("3201", ErrorKind.NotFound, "쿠폰을 찾을 수 없어요.");
    public static readonly Error CouponAlreadyUsed = new("3202", ErrorKind.Conflict, "이미 사용한 쿠폰이에요.");
    public static readonly Error CouponNotYetValid = new("3203", ErrorKind.Conflict, "아직 사용 기간이 시작되지 않은 쿠폰이에요.");
    public static readonly Error CouponExpired = new("3204", ErrorKind.Conflict, "사용 기간이 지난 쿠폰이에요.");
    public static readonly Error CouponNotForThisStore = new("3205", ErrorKind.Validation, "이 매장에서 사용할 수 없는 쿠폰이에요.");

    /// <summary>The default is generic; an occurrence names the amount (<see cref="MinimumOrderNotMet"/>).</summary>
    public static readonly Error CouponMinimumNotMet = new("3206", ErrorKind.Validation, "쿠폰 사용 조건인 최소 주문 금액을 채워 주세요.");

    public static readonly Error PointsNegative = new("3210", ErrorKind.Validation, "사용할 포인트는 0 이상이어야 해요.");
    public static readonly Error PointsExceedBalance = new("3211", ErrorKind.Conflict, "보유한 포인트보다 많이 사용할 수 없어요.");
    public static readonly Error PointsExceedPayable = new("3212", ErrorKind.Validation, "포인트는 쿠폰 할인 후 주문 금액까지만 사용할 수 있어요.");

    public static Error MinimumOrderNotMet(long minimumOrderAmount) =>
        CouponMinimumNotMet.WithMessage($"쿠폰을 사용하려면 {Won(minimumOrderAmount)}원 이상 주문해 주세요.");

    public static Error BalanceExceeded(long balance) =>
        PointsExceedBalance.WithMessage($"보유한 포인트({Won(balance)}P)보다 많이 사용할 수 없어요.");

    public static Error PayableExceeded(long payable) =>
        PointsExceedPayable.WithMessage($"포인트는 {Won(payable)}P까지만 사용할 수 있어요.");

    private static string Won(long amount) => amount.ToString("N0", CultureInfo.InvariantCulture);
}
