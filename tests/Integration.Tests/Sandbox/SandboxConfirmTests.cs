using System.Globalization;
using System.Net;

namespace Hexagon.Integration.Tests.Sandbox;

public sealed class SandboxConfirmTests
{
    private TossSandboxHarness _toss = null!;

    [OneTimeSetUp]
    public async Task Start() => _toss = await TossSandboxHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _toss.DisposeAsync();

    [Test]
    public async Task A_confirmed_card_payment_is_DONE_with_Toss_fields_and_reads_the_same_by_key_and_by_orderId()
    {
        var payment = await _toss.AuthenticateAsync(15_000);

        var confirmed = await _toss.ConfirmAsync(payment);

        Assert.That(confirmed.Status, Is.EqualTo(HttpStatusCode.OK), confirmed.ToString());
        var body = confirmed.Body;
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("paymentKey").GetString(), Is.EqualTo(payment.PaymentKey));
            Assert.That(body.GetProperty("orderId").GetString(), Is.EqualTo(payment.OrderId));
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("DONE"));
            Assert.That(body.GetProperty("method").GetString(), Is.EqualTo("카드"));
            Assert.That(body.GetProperty("totalAmount").GetInt64(), Is.EqualTo(15_000));
            Assert.That(body.GetProperty("balanceAmount").GetInt64(), Is.EqualTo(15_000));
            Assert.That(body.GetProperty("type").GetString(), Is.EqualTo("NORMAL"));
            Assert.That(body.GetProperty("version").GetString(), Is.EqualTo("2022-11-16"));
            Assert.That(body.GetProperty("card").GetProperty("issuerCode").GetString(), Is.EqualTo("41"));
            Assert.That(body.GetProperty("card").GetProperty("cardType").GetString(), Is.EqualTo("신용"));
            Assert.That(body.GetProperty("card").GetProperty("installmentPlanMonths").GetInt32(), Is.Zero);
            Assert.That(body.GetProperty("easyPay").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(body.GetProperty("secret").GetString(), Is.Not.Empty);
            Assert.That(body.GetProperty("receipt").GetProperty("url").GetString(), Does.StartWith("https://"));
            Assert.That(body.GetProperty("approvedAt").GetString(), Does.EndWith("+09:00"));
            Assert.That(DateTimeOffset.Parse(body.GetProperty("approvedAt").GetString()!, CultureInfo.InvariantCulture),
                Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        });

        var byKey = await _toss.GetAsync($"v1/payments/{payment.PaymentKey}");
        var byOrder = await _toss.GetAsync($"v1/payments/orders/{payment.OrderId}");
        Assert.That(byKey.Raw, Is.EqualTo(confirmed.Raw));
        Assert.That(byOrder.Raw, Is.EqualTo(confirmed.Raw));
    }

    [Test]
    public async Task An_easy_pay_payment_names_its_provider()
    {
        var payment = await _toss.AuthenticateAsync(4_500, method: "간편결제");

        var confirmed = await _toss.ConfirmAsync(payment);

        Assert.That(confirmed.Status, Is.EqualTo(HttpStatusCode.OK), confirmed.ToString());
        Assert.That(confirmed.Body.GetProperty("method").GetString(), Is.EqualTo("간편결제"));
        Assert.That(confirmed.Body.GetProperty("easyPay").GetProperty("provider").GetString(), Is.EqualTo("토스페이"));
        Assert.That(confirmed.Body.GetProperty("card").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task Unknown_payments_are_404_NOT_FOUND_PAYMENT()
    {
        var confirm = await _toss.ConfirmAsync(new AuthenticatedPayment("tgen_nope", "order-000001", 1000));
        var byOrder = await _toss.GetAsync("v1/payments/orders/order-never-authenticated");

        Assert.That((confirm.Status, confirm.Code), Is.EqualTo((HttpStatusCode.NotFound, "NOT_FOUND_PAYMENT")));
        Assert.That((byOrder.Status, byOrder.Code), Is.EqualTo((HttpStatusCode.NotFound, "NOT_FOUND_PAYMENT")));
    }

    [Test]
    public async Task An_orderId_or_amount_other_than_the_authenticated_one_is_refused_and_approves_nothing()
    {
        var payment = await _toss.AuthenticateAsync(15_000);

        var otherOrder = await _toss.ConfirmAsync(payment with { OrderId = TossSandboxHarness.NewOrderId() });
        var otherAmount = await _toss.ConfirmAsync(payment with { Amount = 100 });

        Assert.That((otherOrder.Status, otherOrder.Code), Is.EqualTo((HttpStatusCode.BadRequest, "UNAPPROVED_ORDER_ID")));
        Assert.That((otherAmount.Status, otherAmount.Code), Is.EqualTo((HttpStatusCode.BadRequest, "INVALID_REQUEST")));
        Assert.That((await _toss.GetAsync($"v1/payments/{payment.PaymentKey}")).PaymentStatus, Is.EqualTo("IN_PROGRESS"));
        Assert.That((await _toss.ConfirmAsync(payment)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_second_confirm_is_400_ALREADY_PROCESSED_PAYMENT()
    {
        var payment = await _toss.AuthenticateAsync();
        await _toss.ConfirmAsync(payment);

        var again = await _toss.ConfirmAsync(payment);

        Assert.That((again.Status, again.Code), Is.EqualTo((HttpStatusCode.BadRequest, "ALREADY_PROCESSED_PAYMENT")));
    }

    [Test]
    public async Task A_card_payment_below_100_won_is_400_BELOW_MINIMUM_AMOUNT()
    {
        var payment = await _toss.AuthenticateAsync(99);

        var answer = await _toss.ConfirmAsync(payment);

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.BadRequest, "BELOW_MINIMUM_AMOUNT")));
    }

    [Test]
    public async Task A_declined_card_aborts_the_payment_with_the_decline_as_its_failure()
    {
        var payment = await _toss.AuthenticateAsync(declineWith: "REJECT_CARD_PAYMENT");

        var answer = await _toss.ConfirmAsync(payment);
        var read = await _toss.GetAsync($"v1/payments/{payment.PaymentKey}");

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "REJECT_CARD_PAYMENT")));
        Assert.That(read.PaymentStatus, Is.EqualTo("ABORTED"));
        Assert.That(read.Body.GetProperty("failure").GetProperty("code").GetString(), Is.EqualTo("REJECT_CARD_PAYMENT"));
    }

    [Test]
    public async Task An_orderId_outside_Toss_rules_is_refused_at_authentication()
    {
        var answer = await _toss.SendAsync(HttpMethod.Post, "sandbox/v1/payments",
            new { orderId = "short", orderName = "x", amount = 1000, method = "카드" }, authorization: null);

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.BadRequest, "INVALID_ORDER_ID")));
    }
}
