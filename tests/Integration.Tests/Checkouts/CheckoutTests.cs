using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Checkouts;

/// <summary>POST /api/v1/checkout on real MariaDB: server-side prices, coupons, points, stock and every refusal.</summary>
public sealed partial class CheckoutTests : CheckoutHttpFixture
{
    [Test]
    public async Task The_checkout_is_priced_from_the_database_with_coupon_and_points()
    {
        var buyer = await BuyerWithCartAsync();
        var coupon = await Promotions.CouponAsync(buyer.UserId, discount: 1_000, minimumOrder: 10_000);
        await Promotions.PointsAsync(buyer.UserId, 3_000);

        var checkout = await CheckoutOkAsync(buyer.Token, new { userCouponId = coupon, usePoints = 2_000, requestNote = "얼음 적게" });

        Assert.That(checkout.GetProperty("subtotal").GetInt64(), Is.EqualTo(14_000));
        Assert.That(checkout.GetProperty("couponAmount").GetInt64(), Is.EqualTo(1_000));
        Assert.That(checkout.GetProperty("pointAmount").GetInt64(), Is.EqualTo(2_000));
        Assert.That(checkout.GetProperty("amount").GetInt64(), Is.EqualTo(11_000));
        Assert.That(checkout.GetProperty("orderName").GetString(), Is.EqualTo("아메리카노 외 1건"));
        Assert.That(checkout.GetProperty("customerName").GetString(), Is.Not.Empty);
        Assert.That(checkout.GetProperty("customerEmail").GetString(), Does.Contain("@"));
        var orderId = checkout.GetProperty("orderId").GetString()!;
        Assert.That(OrderIdShape().IsMatch(orderId), Is.True, orderId);
        Assert.That(checkout.GetProperty("expiresAt").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow.AddMinutes(30)).Within(TimeSpan.FromMinutes(1)));
        Assert.That(await Promotions.CheckoutStatusAsync(orderId), Is.EqualTo("OPEN"));
    }

    [Test]
    public async Task Every_checkout_gets_a_new_unguessable_order_id()
    {
        var buyer = await BuyerWithCartAsync();

        var first = await CheckoutOkAsync(buyer.Token);
        var second = await CheckoutOkAsync(buyer.Token);

        Assert.That(second.GetProperty("orderId").GetString(), Is.Not.EqualTo(first.GetProperty("orderId").GetString()));
    }

    [Test]
    public async Task A_price_change_after_adding_to_the_cart_is_what_the_checkout_charges()
    {
        var buyer = await BuyerWithCartAsync();
        await Catalog.SetMenuAsync(buyer.LatteId, price: 5_500, stock: 50, soldOut: false);

        var checkout = await CheckoutOkAsync(buyer.Token);

        Assert.That(checkout.GetProperty("subtotal").GetInt64(), Is.EqualTo(14_500));
    }

    [Test]
    public async Task An_empty_cart_cannot_be_checked_out()
    {
        var customer = await Api.NewUserAsync();

        using var response = await CheckoutAsync(customer.AccessToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "3224");
    }

    [Test]
    public async Task Short_stock_is_refused_with_the_stock_check_report_and_nothing_is_written()
    {
        var buyer = await BuyerWithCartAsync(americanoStock: 1);

        using var response = await CheckoutAsync(buyer.Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "3223");
        var details = problem.GetProperty("details");
        Assert.That(details.GetProperty("insufficient").GetBoolean(), Is.True);
        var shortMenu = details.GetProperty("menus")[0];
        Assert.That(shortMenu.GetProperty("menuId").GetInt64(), Is.EqualTo(buyer.AmericanoId));
        Assert.That(shortMenu.GetProperty("requested").GetInt32(), Is.EqualTo(2));
        Assert.That(shortMenu.GetProperty("remaining").GetInt32(), Is.EqualTo(1));
        Assert.That(await Promotions.CheckoutRowsAsync(buyer.UserId), Is.Zero);
    }

    [Test]
    public async Task A_sold_out_menu_is_refused_and_listed()
    {
        var buyer = await BuyerWithCartAsync();
        await Catalog.SetMenuAsync(buyer.LatteId, price: 5_000, stock: 50, soldOut: true);

        using var response = await CheckoutAsync(buyer.Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "3223");
        Assert.That(problem.GetProperty("details").GetProperty("soldOut")[0].GetProperty("menuId").GetInt64(), Is.EqualTo(buyer.LatteId));
    }

    [Test]
    public async Task Someone_elses_coupon_is_not_found()
    {
        var buyer = await BuyerWithCartAsync();
        var other = await Api.NewUserAsync();
        var othersCoupon = await Promotions.CouponAsync(other.UserId, discount: 1_000);

        using var response = await CheckoutAsync(buyer.Token, new { userCouponId = othersCoupon, usePoints = 0 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_expired_coupon_a_coupon_of_another_store_and_an_unmet_minimum_are_refused_with_their_codes()
    {
        var buyer = await BuyerWithCartAsync();
        var otherStore = await Catalog.StoreAsync("다른 카페");
        var expired = await Promotions.CouponAsync(buyer.UserId, 1_000, validFrom: DateTime.UtcNow.AddDays(-10), validUntil: DateTime.UtcNow.AddDays(-1));
        var elsewhere = await Promotions.CouponAsync(buyer.UserId, 1_000, storeId: otherStore);
        var tooBig = await Promotions.CouponAsync(buyer.UserId, 1_000, minimumOrder: 20_000);

        var codes = new List<string?>();
        foreach (var coupon in new[] { expired, elsewhere, tooBig })
        {
            using var response = await CheckoutAsync(buyer.Token, new { userCouponId = coupon, usePoints = 0 });
            Assert.That((int)response.StatusCode, Is.InRange(400, 499));
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            codes.Add(problem.RootElement.GetProperty("errorCode").GetString());
        }

        Assert.That(codes, Is.Unique, "each refusal has its own code");
        Assert.That(codes, Has.All.StartsWith("32"));
    }

    [Test]
    public async Task More_points_than_the_balance_are_refused()
    {
        var buyer = await BuyerWithCartAsync();
        await Promotions.PointsAsync(buyer.UserId, 500);

        using var response = await CheckoutAsync(buyer.Token, new { usePoints = 1_000 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest).Or.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await Promotions.CheckoutRowsAsync(buyer.UserId), Is.Zero);
    }

    [Test]
    public async Task Less_than_100_won_left_to_pay_is_refused()
    {
        var buyer = await BuyerWithCartAsync();
        await Promotions.PointsAsync(buyer.UserId, 20_000);

        using var response = await CheckoutAsync(buyer.Token, new { usePoints = 13_950 });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "3225");
    }

    [Test]
    public async Task A_request_note_over_200_characters_and_negative_points_are_field_errors()
    {
        var buyer = await BuyerWithCartAsync();

        using var response = await CheckoutAsync(buyer.Token, new { usePoints = -1, requestNote = new string('가', 201) });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").TryGetProperty("requestNote", out _), Is.True);
        Assert.That(problem.GetProperty("errors").TryGetProperty("usePoints", out _), Is.True);
    }

    [Test]
    public async Task Checkout_needs_a_customer_token()
    {
        using var response = await CheckoutAsync("not-a-token");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{6,64}$")]
    private static partial Regex OrderIdShape();
}
