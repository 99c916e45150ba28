using System.Globalization;

namespace Hexagon.Application.Promotions.SeedDemo;

/// <summary>
/// What the demo customer gets: points, and one coupon of each kind the checkout handles — platform-wide with a low and
/// a high minimum, one store's own, and an expired one (listed nowhere, refused at checkout). Validity is counted in
/// whole days from the seeding day (UTC), so the same day always gives the same rows.
/// </summary>
public static class DemoPromotions
{
    public const long WelcomePoints = 5_000;
    public const string WelcomePointsReason = "가입 축하 포인트";

    /// <param name="storeId">The demo store the store coupon is for, or null when no store was seeded (then there is none).</param>
    /// <param name="storeName">That store's name, for the coupon's name.</param>
    public static IReadOnlyList<DemoCoupon> Coupons(long? storeId, string? storeName, DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var started = today.AddDays(-1);
        var coupons = new List<DemoCoupon>
        {
            new("첫 주문 1,000원 할인", null, 1_000, 5_000, started, today.AddDays(90)),
            new("3,000원 할인 쿠폰", null, 3_000, 15_000, started, today.AddDays(30)),
            new("지난달 2,000원 할인 쿠폰", null, 2_000, 0, today.AddDays(-60), today.AddDays(-30)),
        };
        if (storeId is { } id)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{storeName ?? "단골 매장"} 2,000원 할인");
            coupons.Insert(2, new DemoCoupon(name.Length <= 100 ? name : name[..100], id, 2_000, 10_000, started, today.AddDays(60)));
        }

        return coupons;
    }
}
