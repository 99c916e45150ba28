using Hexagon.Domain.Promotions;

namespace Hexagon.Domain.Tests.Promotions;

public sealed class PointsRuleTests
{
    [TestCase(0, 0, 0)]
    [TestCase(0, 5_000, 10_000)]
    [TestCase(5_000, 5_000, 10_000)]
    [TestCase(3_000, 5_000, 3_000)]
    public void Points_up_to_the_balance_and_up_to_what_is_left_to_pay_are_fine(long requested, long balance, long payable)
    {
        Assert.That(PointsRule.Check(requested, balance, payable).IsSuccess, Is.True);
    }

    [Test]
    public void Negative_points_are_3210()
    {
        var result = PointsRule.Check(-1, 5_000, 10_000);

        Assert.That(result.Error?.Code, Is.EqualTo("3210"));
    }

    [Test]
    public void More_than_the_balance_is_3211_naming_the_balance()
    {
        var result = PointsRule.Check(5_001, 5_000, 10_000);

        Assert.That(result.Error?.Code, Is.EqualTo("3211"));
        Assert.That(result.Error?.Message, Does.Contain("5,000P"));
    }

    [Test]
    public void More_than_the_subtotal_minus_the_coupon_is_3212_naming_the_most_that_can_be_used()
    {
        var result = PointsRule.Check(4_000, 5_000, 3_500);

        Assert.That(result.Error?.Code, Is.EqualTo("3212"));
        Assert.That(result.Error?.Message, Is.EqualTo("포인트는 3,500P까지만 사용할 수 있어요."));
    }

    [Test]
    public void The_balance_is_checked_before_the_payable_amount()
    {
        Assert.That(PointsRule.Check(9_000, 5_000, 3_000).Error?.Code, Is.EqualTo("3211"));
    }
}
