using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Promotions;

public sealed class MyCouponsTests : PromotionsHttpFixture
{
    [Test]
    public async Task Only_the_callers_unused_coupons_within_their_validity_are_listed_soonest_to_expire_first()
    {
        var customer = await Api.NewUserAsync();
        var someoneElse = await Api.NewUserAsync();
        var now = DateTimeOffset.UtcNow;
        var store = await Rows.StoreAsync("을지로 커피한잔");
        var later = await Rows.IssueAsync(customer.UserId, "3,000원 할인", now.AddDays(-1), now.AddDays(30), discount: 3_000, minimum: 15_000);
        var sooner = await Rows.IssueAsync(customer.UserId, "매장 쿠폰", now.AddDays(-1), now.AddDays(2), storeId: store, discount: 2_000, minimum: 10_000);
        await Rows.IssueAsync(customer.UserId, "사용한 쿠폰", now.AddDays(-1), now.AddDays(5), usedBy: "order-used-1");
        await Rows.IssueAsync(customer.UserId, "지난 쿠폰", now.AddDays(-30), now.AddSeconds(-1));
        await Rows.IssueAsync(customer.UserId, "다음 달 쿠폰", now.AddDays(10), now.AddDays(40));
        await Rows.IssueAsync(someoneElse.UserId, "남의 쿠폰", now.AddDays(-1), now.AddDays(1));

        var body = await GetOkAsync("/api/v1/me/coupons", customer.AccessToken);

        var data = body.GetProperty("data").EnumerateArray().ToList();
        Assert.That(data.Select(coupon => coupon.GetProperty("userCouponId").GetInt64()), Is.EqualTo(new[] { sooner, later }));
        var storeCoupon = data[0];
        Assert.Multiple(() =>
        {
            Assert.That(storeCoupon.GetProperty("name").GetString(), Is.EqualTo("매장 쿠폰"));
            Assert.That(storeCoupon.GetProperty("storeId").GetInt64(), Is.EqualTo(store));
            Assert.That(storeCoupon.GetProperty("storeName").GetString(), Is.EqualTo("을지로 커피한잔"));
            Assert.That(storeCoupon.GetProperty("discountAmount").GetInt64(), Is.EqualTo(2_000));
            Assert.That(storeCoupon.GetProperty("minimumOrderAmount").GetInt64(), Is.EqualTo(10_000));
            Assert.That(storeCoupon.GetProperty("couponId").GetInt64(), Is.GreaterThan(0));
            Assert.That(storeCoupon.GetProperty("validUntil").GetDateTimeOffset(), Is.EqualTo(now.AddDays(2)).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(data[1].GetProperty("storeId").ValueKind, Is.EqualTo(JsonValueKind.Null), "platform-wide: written as null");
            Assert.That(data[1].GetProperty("storeName").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });

        var theirs = await GetOkAsync("/api/v1/me/coupons", someoneElse.AccessToken);
        Assert.That(theirs.GetProperty("data").EnumerateArray().Select(coupon => coupon.GetProperty("name").GetString()), Is.EqualTo(new[] { "남의 쿠폰" }));
    }

    [Test]
    public async Task No_coupons_is_an_empty_list()
    {
        var customer = await Api.NewUserAsync();

        var body = await GetOkAsync("/api/v1/me/coupons", customer.AccessToken);

        Assert.That(body.GetProperty("data").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_query_parameter_is_1111_naming_it()
    {
        var customer = await Api.NewUserAsync();

        using var response = await GetAsync("/api/v1/me/coupons?storeId=3", customer.AccessToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").TryGetProperty("storeId", out _), Is.True, problem.ToString());
    }

    [TestCase("/api/v1/me/coupons")]
    [TestCase("/api/v1/me/points")]
    public async Task Without_a_token_it_is_0007(string path)
    {
        using var response = await GetAsync(path, accessToken: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
    }
}
