using Hexagon.Domain.Common;
using Hexagon.Domain.Promotions;

namespace Hexagon.Domain.Tests.Promotions;

public sealed class PromotionErrorsTests
{
    [Test]
    public void Occurrences_keep_the_code_and_kind_of_their_default()
    {
        Assert.That(PromotionErrors.MinimumOrderNotMet(1_000), Is.EqualTo(PromotionErrors.CouponMinimumNotMet with { Message = "쿠폰을 사용하려면 1,000원 이상 주문해 주세요." }));
        Assert.That(PromotionErrors.BalanceExceeded(0).Code, Is.EqualTo(PromotionErrors.PointsExceedBalance.Code));
        Assert.That(PromotionErrors.PayableExceeded(0).Kind, Is.EqualTo(ErrorKind.Validation));
    }

    [Test]
    public void Codes_stay_inside_3201_to_3219_and_are_unique()
    {
        var codes = typeof(PromotionErrors).GetFields()
            .Where(field => field.FieldType == typeof(Error))
            .Select(field => ((Error)field.GetValue(null)!).Code)
            .ToList();

        Assert.That(codes, Is.Unique);
        Assert.That(codes, Has.All.Matches<string>(code => string.CompareOrdinal(code, "3201") >= 0 && string.CompareOrdinal(code, "3219") <= 0));
    }
}
