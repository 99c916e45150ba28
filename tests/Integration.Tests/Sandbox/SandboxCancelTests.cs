using System.Net;

namespace Hexagon.Integration.Tests.Sandbox;

public sealed class SandboxCancelTests
{
    private TossSandboxHarness _toss = null!;

    [OneTimeSetUp]
    public async Task Start() => _toss = await TossSandboxHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _toss.DisposeAsync();

    private async Task<AuthenticatedPayment> ConfirmedAsync(long amount)
    {
        var payment = await _toss.AuthenticateAsync(amount);
        Assert.That((await _toss.ConfirmAsync(payment)).Status, Is.EqualTo(HttpStatusCode.OK));
        return payment;
    }

    [Test]
    public async Task A_partial_then_a_full_cancel_lower_the_balance_and_append_cancels_in_order()
    {
        var payment = await ConfirmedAsync(10_000);

        var partial = await _toss.CancelAsync(payment.PaymentKey, "샷 추가 품절", 3_000);
        Assert.That(partial.Status, Is.EqualTo(HttpStatusCode.OK), partial.ToString());
        Assert.That(partial.PaymentStatus, Is.EqualTo("PARTIAL_CANCELED"));
        Assert.That(partial.BalanceAmount, Is.EqualTo(7_000));
        Assert.That(partial.Body.GetProperty("totalAmount").GetInt64(), Is.EqualTo(10_000));

        var rest = await _toss.CancelAsync(payment.PaymentKey, "매장 사정으로 주문 거절");
        Assert.That(rest.PaymentStatus, Is.EqualTo("CANCELED"), rest.ToString());
        Assert.That(rest.BalanceAmount, Is.Zero);
        var cancels = rest.Body.GetProperty("cancels").EnumerateArray().ToArray();
        Assert.That(cancels.Select(c => c.GetProperty("cancelAmount").GetInt64()), Is.EqualTo(new long[] { 3_000, 7_000 }));
        Assert.That(cancels.Select(c => c.GetProperty("cancelStatus").GetString()), Has.All.EqualTo("DONE"));
        Assert.That(cancels[1].GetProperty("cancelReason").GetString(), Is.EqualTo("매장 사정으로 주문 거절"));
        Assert.That(cancels.Select(c => c.GetProperty("transactionKey").GetString()), Is.Unique);
        Assert.That(cancels[0].GetProperty("canceledAt").GetString(), Does.EndWith("+09:00"));
    }

    [Test]
    public async Task Cancelling_a_canceled_payment_is_400_ALREADY_CANCELED_PAYMENT()
    {
        var payment = await ConfirmedAsync(5_000);
        await _toss.CancelAsync(payment.PaymentKey, "고객 요청");

        var again = await _toss.CancelAsync(payment.PaymentKey, "고객 요청");

        Assert.That((again.Status, again.Code), Is.EqualTo((HttpStatusCode.BadRequest, "ALREADY_CANCELED_PAYMENT")));
    }

    [Test]
    public async Task More_than_the_balance_is_403_NOT_CANCELABLE_AMOUNT_and_changes_nothing()
    {
        var payment = await ConfirmedAsync(5_000);

        var answer = await _toss.CancelAsync(payment.PaymentKey, "고객 요청", 5_001);

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "NOT_CANCELABLE_AMOUNT")));
        Assert.That((await _toss.GetAsync($"v1/payments/{payment.PaymentKey}")).BalanceAmount, Is.EqualTo(5_000));
    }

    [Test]
    public async Task An_unconfirmed_payment_is_403_NOT_CANCELABLE_PAYMENT()
    {
        var payment = await _toss.AuthenticateAsync();

        var answer = await _toss.CancelAsync(payment.PaymentKey, "고객 요청");

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "NOT_CANCELABLE_PAYMENT")));
    }

    [Test]
    public async Task A_cancel_without_a_reason_is_400_INVALID_REQUEST()
    {
        var payment = await ConfirmedAsync(5_000);

        var answer = await _toss.CancelAsync(payment.PaymentKey, reason: null);

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.BadRequest, "INVALID_REQUEST")));
        Assert.That((await _toss.GetAsync($"v1/payments/{payment.PaymentKey}")).PaymentStatus, Is.EqualTo("DONE"));
    }
}
