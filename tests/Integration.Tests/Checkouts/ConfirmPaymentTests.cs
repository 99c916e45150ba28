using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Checkouts;

/// <summary>POST /api/v1/payments/confirm on real MariaDB against the Toss sandbox over HTTP.</summary>
public sealed class ConfirmPaymentTests : CheckoutHttpFixture
{
    [Test]
    public async Task A_confirmed_payment_answers_its_method_and_is_recorded()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        var orderId = checkout.GetProperty("orderId").GetString()!;

        var confirmed = await ReadAsync(await ConfirmAsync(buyer.Token, paymentKey, orderId, 14_000), HttpStatusCode.OK);

        Assert.That(confirmed.GetProperty("orderId").GetString(), Is.EqualTo(orderId));
        Assert.That(confirmed.GetProperty("paymentKey").GetString(), Is.EqualTo(paymentKey));
        Assert.That(confirmed.GetProperty("orderName").GetString(), Is.EqualTo("아메리카노 외 1건"));
        Assert.That(confirmed.GetProperty("status").GetString(), Is.EqualTo("DONE"));
        Assert.That(confirmed.GetProperty("paymentMethod").GetString(), Is.EqualTo("신한카드"));
        Assert.That(confirmed.GetProperty("amount").GetInt64(), Is.EqualTo(14_000));
        Assert.That(confirmed.GetProperty("approvedAt").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        Assert.That(await Promotions.PaymentRowsAsync(orderId), Is.EqualTo(1));
        Assert.That(await Promotions.CheckoutStatusAsync(orderId), Is.EqualTo("PAID"));
    }

    [Test]
    public async Task A_tampered_amount_is_refused_and_never_reaches_Toss()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        var orderId = checkout.GetProperty("orderId").GetString()!;

        using var response = await ConfirmAsync(buyer.Token, paymentKey, orderId, 100);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1011");
        var atToss = await Toss.GetAsync($"v1/payments/{paymentKey}");
        Assert.That(atToss.PaymentStatus, Is.EqualTo("IN_PROGRESS"), "Toss never saw a confirm");
    }

    [Test]
    public async Task Someone_elses_order_id_is_not_found()
    {
        var (_, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        var stranger = await Api.NewUserAsync();

        using var response = await ConfirmAsync(stranger.AccessToken, paymentKey, checkout.GetProperty("orderId").GetString()!, 14_000);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "3221");
    }

    [Test]
    public async Task An_expired_checkout_cannot_be_paid()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        var orderId = checkout.GetProperty("orderId").GetString()!;
        await Promotions.ExpireCheckoutAsync(orderId);

        using var response = await ConfirmAsync(buyer.Token, paymentKey, orderId, 14_000);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "3222");
    }

    [Test]
    public async Task Confirming_twice_answers_the_same_result_and_keeps_one_payment()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        var orderId = checkout.GetProperty("orderId").GetString()!;

        var first = await ReadAsync(await ConfirmAsync(buyer.Token, paymentKey, orderId, 14_000), HttpStatusCode.OK);
        var second = await ReadAsync(await ConfirmAsync(buyer.Token, paymentKey, orderId, 14_000), HttpStatusCode.OK);

        Assert.That(second.ToString(), Is.EqualTo(first.ToString()));
        Assert.That(await Promotions.PaymentRowsAsync(orderId), Is.EqualTo(1));
    }

    [Test]
    public async Task Two_confirms_racing_record_one_payment()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        var orderId = checkout.GetProperty("orderId").GetString()!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ConfirmAsync(buyer.Token, paymentKey, orderId, 14_000)));

        foreach (var answer in answers)
        {
            using (answer)
            {
                Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answer.Content.ReadAsStringAsync());
            }
        }

        Assert.That(await Promotions.PaymentRowsAsync(orderId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_declined_card_shows_the_buyer_why()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        await Toss.ArmFaultAsync(new { operation = "confirm", code = "EXCEED_MAX_DAILY_PAYMENT_COUNT", httpStatus = 400, times = 1 });

        using var response = await ConfirmAsync(buyer.Token, paymentKey, checkout.GetProperty("orderId").GetString()!, 14_000);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1003");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("결제 가능 횟수"));
    }

    [Test]
    public async Task A_merchant_fault_answers_the_generic_message_and_leaks_nothing()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        await Toss.ArmFaultAsync(new
        {
            operation = "confirm", code = "INVALID_API_KEY", message = "잘못된 시크릿키 연동 정보 입니다.", httpStatus = 400, times = 1,
        });

        using var response = await ConfirmAsync(buyer.Token, paymentKey, checkout.GetProperty("orderId").GetString()!, 14_000);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError, "1007");
        var body = problem.ToString();
        Assert.That(body, Does.Not.Contain("INVALID_API_KEY").And.Not.Contain("시크릿키").And.Not.Contain("test_sk"));
    }

    [Test]
    public async Task A_5xx_after_Toss_approved_is_settled_by_a_lookup_and_recorded()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        var orderId = checkout.GetProperty("orderId").GetString()!;
        // Toss approves, then answers 500: outcome unknown. A POST's 5xx is not retried (Toss would replay it), so the
        // service must look the payment up by order id to learn that it went through.
        await Toss.ArmFaultAsync(new
        {
            operation = "confirm", code = "FAILED_INTERNAL_SYSTEM_PROCESSING", httpStatus = 500, times = 1, applyThenFail = true,
        });

        var confirmed = await ReadAsync(await ConfirmAsync(buyer.Token, paymentKey, orderId, 14_000), HttpStatusCode.OK);

        Assert.That(confirmed.GetProperty("status").GetString(), Is.EqualTo("DONE"));
        Assert.That(await Promotions.PaymentRowsAsync(orderId), Is.EqualTo(1));
        Assert.That(await Promotions.CheckoutStatusAsync(orderId), Is.EqualTo("PAID"));
    }

    [Test]
    public async Task A_dropped_connection_after_the_approval_is_retried_under_the_same_key_and_recorded()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        var orderId = checkout.GetProperty("orderId").GetString()!;
        await Toss.ArmFaultAsync(new { operation = "confirm", applyThenFail = true, times = 1 });

        var confirmed = await ReadAsync(await ConfirmAsync(buyer.Token, paymentKey, orderId, 14_000), HttpStatusCode.OK);

        Assert.That(confirmed.GetProperty("status").GetString(), Is.EqualTo("DONE"));
        Assert.That(await Promotions.PaymentRowsAsync(orderId), Is.EqualTo(1));
    }

    [Test]
    public async Task When_neither_the_confirm_nor_the_lookup_answers_the_buyer_is_told_the_outcome_is_being_checked()
    {
        var (buyer, checkout, paymentKey) = await AuthenticatedCheckoutAsync();
        var orderId = checkout.GetProperty("orderId").GetString()!;
        await Toss.ArmFaultAsync(new { operation = "confirm", code = "UNKNOWN_PAYMENT_ERROR", httpStatus = 500, times = 1 });
        await Toss.ArmFaultAsync(new { operation = "get", code = "FAILED_INTERNAL_SYSTEM_PROCESSING", httpStatus = 500, times = 5 });

        using var response = await ConfirmAsync(buyer.Token, paymentKey, orderId, 14_000);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "1008");
        Assert.That(await Promotions.PaymentRowsAsync(orderId), Is.Zero);
        Assert.That(await Promotions.CheckoutStatusAsync(orderId), Is.EqualTo("OPEN"), "the buyer can confirm again");
    }

    [Test]
    public async Task Malformed_confirm_fields_are_field_errors()
    {
        var customer = await Api.NewUserAsync();

        using var response = await SendAsync(HttpMethod.Post, "/api/v1/payments/confirm", customer.AccessToken, new { orderId = "../etc", amount = -5 });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(field => field.Name), Is.EquivalentTo(new[] { "paymentKey", "orderId", "amount" }));
    }

    private async Task<(Buyer Buyer, JsonElement Checkout, string PaymentKey)> AuthenticatedCheckoutAsync()
    {
        var buyer = await BuyerWithCartAsync();
        var checkout = await CheckoutOkAsync(buyer.Token);
        var paymentKey = await AuthenticateAsync(checkout);
        return (buyer, checkout, paymentKey);
    }
}
