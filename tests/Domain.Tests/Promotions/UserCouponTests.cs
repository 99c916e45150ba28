using Hexagon.Domain.Promotions;

namespace Hexagon.Domain.Tests.Promotions;

public sealed class UserCouponTests
{
    private const long StoreId = 7;
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_usable_coupon_takes_its_discount_off()
    {
        var coupon = Coupon(discount: 3_000, minimum: 15_000);

        var discount = coupon.DiscountFor(StoreId, 18_000, Now);

        Assert.That(discount.IsSuccess, Is.True);
        Assert.That(discount.Value, Is.EqualTo(3_000));
    }

    [Test]
    public void The_discount_never_exceeds_the_subtotal()
    {
        var coupon = Coupon(discount: 5_000, minimum: 0);

        Assert.That(coupon.DiscountFor(StoreId, 3_200, Now).Value, Is.EqualTo(3_200));
        Assert.That(coupon.DiscountFor(StoreId, 0, Now).Value, Is.Zero);
    }

    [Test]
    public void A_platform_wide_coupon_works_at_any_store_and_a_store_coupon_only_at_its_own()
    {
        var platformWide = Coupon(storeId: null);
        var storeOnly = Coupon(storeId: StoreId);

        Assert.That(platformWide.DiscountFor(StoreId, 20_000, Now).IsSuccess, Is.True);
        Assert.That(platformWide.DiscountFor(StoreId + 1, 20_000, Now).IsSuccess, Is.True);
        Assert.That(storeOnly.DiscountFor(StoreId, 20_000, Now).IsSuccess, Is.True);
        Assert.That(storeOnly.DiscountFor(StoreId + 1, 20_000, Now).Error, Is.EqualTo(PromotionErrors.CouponNotForThisStore));
    }

    [Test]
    public void Validity_starts_at_valid_from_and_ends_just_before_valid_until()
    {
        var coupon = Coupon();

        Assert.That(coupon.DiscountFor(StoreId, 20_000, From.AddTicks(-10)).Error?.Code, Is.EqualTo("3203"));
        Assert.That(coupon.DiscountFor(StoreId, 20_000, From).IsSuccess, Is.True);
        Assert.That(coupon.DiscountFor(StoreId, 20_000, Until.AddTicks(-10)).IsSuccess, Is.True);
        Assert.That(coupon.DiscountFor(StoreId, 20_000, Until).Error?.Code, Is.EqualTo("3204"));
        Assert.That(coupon.IsUsableAt(From), Is.True);
        Assert.That(coupon.IsUsableAt(Until), Is.False);
    }

    [Test]
    public void A_used_coupon_is_refused_first_even_when_also_expired_or_for_another_store()
    {
        var used = Coupon(storeId: StoreId, usedAt: Now.AddDays(-1));

        var result = used.DiscountFor(StoreId + 1, 1, Until.AddDays(3));

        Assert.That(result.Error?.Code, Is.EqualTo("3202"));
        Assert.That(result.Error?.Message, Is.EqualTo("이미 사용한 쿠폰이에요."));
        Assert.That(used.IsUsableAt(Now), Is.False);
    }

    [Test]
    public void Below_the_minimum_it_is_3206_naming_the_amount()
    {
        var coupon = Coupon(discount: 3_000, minimum: 15_000);

        var result = coupon.DiscountFor(StoreId, 14_999, Now);

        Assert.That(result.Error?.Code, Is.EqualTo("3206"));
        Assert.That(result.Error?.Message, Is.EqualTo("쿠폰을 사용하려면 15,000원 이상 주문해 주세요."));
        Assert.That(coupon.DiscountFor(StoreId, 15_000, Now).Value, Is.EqualTo(3_000), "the minimum itself is enough");
    }

    [Test]
    public void The_store_is_checked_before_the_minimum()
    {
        var coupon = Coupon(storeId: StoreId, minimum: 50_000);

        Assert.That(coupon.DiscountFor(StoreId + 1, 1_000, Now).Error?.Code, Is.EqualTo("3205"));
    }

    [Test]
    public void A_coupon_that_breaks_the_table_rules_cannot_be_built()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Coupon(discount: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Coupon(minimum: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UserCoupon(1, 1, "쿠폰", null, 1_000, 0, Until, From, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => Coupon().DiscountFor(StoreId, -1, Now));
    }

    private static UserCoupon Coupon(long? storeId = null, long discount = 1_000, long minimum = 5_000, DateTimeOffset? usedAt = null) =>
        new(11, 3, "테스트 쿠폰", storeId, discount, minimum, From, Until, usedAt);
}
