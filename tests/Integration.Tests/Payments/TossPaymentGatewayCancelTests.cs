using Hexagon.Application.Errors;
using Hexagon.Application.Payments.Ports;
using Hexagon.Domain.Payments;

namespace Hexagon.Integration.Tests.Payments;

/// <summary>TossPaymentGateway's cancel, lookups and circuit breaker against the Toss sandbox.</summary>
public sealed class TossPaymentGatewayCancelTests
{
    [Test]
    public async Task A_full_cancel_refunds_everything_and_its_replay_refunds_nothing_more()
    {
        await using var toss = await GatewayUnderTest.StartAsync();
        var payment = await toss.Sandbox.AuthenticateAsync(amount: 12_000);
        var confirmed = await toss.Gateway.ConfirmAsync(TossPaymentGatewayConfirmTests.Confirm(payment), CancellationToken.None);
        var cancel = new CancelPaymentRequest(confirmed.Payment!.PaymentKey, "고객 요청", null, $"cancel:{payment.OrderId}:customer");

        var first = await toss.Gateway.CancelAsync(cancel, CancellationToken.None);
        var replay = await toss.Gateway.CancelAsync(cancel, CancellationToken.None);

        Assert.That(first.Payment?.Status, Is.EqualTo(PaymentStatus.Canceled));
        Assert.That(first.Payment!.BalanceAmount, Is.Zero);
        Assert.That(first.Payment.Cancels.Single().Amount, Is.EqualTo(12_000));
        Assert.That(replay.Payment?.Cancels, Has.Count.EqualTo(1), "the same key is the same refund");
    }

    [Test]
    public async Task A_partial_cancel_leaves_the_balance()
    {
        await using var toss = await GatewayUnderTest.StartAsync();
        var payment = await toss.Sandbox.AuthenticateAsync(amount: 12_000);
        await toss.Gateway.ConfirmAsync(TossPaymentGatewayConfirmTests.Confirm(payment), CancellationToken.None);

        var outcome = await toss.Gateway.CancelAsync(
            new CancelPaymentRequest(payment.PaymentKey, "품절 메뉴 환불", 4_500, $"cancel:{payment.OrderId}:partial"), CancellationToken.None);

        Assert.That(outcome.Payment?.Status, Is.EqualTo(PaymentStatus.PartialCanceled));
        Assert.That(outcome.Payment!.BalanceAmount, Is.EqualTo(7_500));
    }

    [Test]
    public async Task Cancelling_a_cancelled_payment_under_a_new_key_is_outcome_unknown_to_be_looked_up()
    {
        await using var toss = await GatewayUnderTest.StartAsync();
        var payment = await toss.Sandbox.AuthenticateAsync();
        await toss.Gateway.ConfirmAsync(TossPaymentGatewayConfirmTests.Confirm(payment), CancellationToken.None);
        await toss.Gateway.CancelAsync(new CancelPaymentRequest(payment.PaymentKey, "첫 취소", null, "key-1"), CancellationToken.None);

        var again = await toss.Gateway.CancelAsync(new CancelPaymentRequest(payment.PaymentKey, "두 번째", null, "key-2"), CancellationToken.None);
        var lookup = await toss.Gateway.GetAsync(payment.PaymentKey, CancellationToken.None);

        Assert.That(again.Kind, Is.EqualTo(GatewayOutcomeKind.Unknown));
        Assert.That(again.ProviderCode, Is.EqualTo("ALREADY_CANCELED_PAYMENT"));
        Assert.That(lookup.Payment?.Status, Is.EqualTo(PaymentStatus.Canceled));
    }

    [Test]
    public async Task Looking_up_an_order_Toss_never_saw_is_not_found()
    {
        await using var toss = await GatewayUnderTest.StartAsync();

        var outcome = await toss.Gateway.FindByOrderIdAsync("ord_never_seen_123", CancellationToken.None);

        Assert.That(outcome.Kind, Is.EqualTo(GatewayOutcomeKind.NotFound));
    }

    [Test]
    public async Task An_open_circuit_refuses_a_confirm_without_sending_it()
    {
        await using var toss = await GatewayUnderTest.StartAsync(GatewayUnderTest.QuickSettings(maxRetries: 0, breakerThroughput: 2));
        await toss.Sandbox.ArmFaultAsync(new { operation = "get", code = "FAILED_INTERNAL_SYSTEM_PROCESSING", httpStatus = 500, times = 10 });
        for (var i = 0; i < 3; i++)
        {
            await toss.Gateway.FindByOrderIdAsync("ord_circuit_test_1", CancellationToken.None);
        }

        var payment = await toss.Sandbox.AuthenticateAsync();
        var outcome = await toss.Gateway.ConfirmAsync(TossPaymentGatewayConfirmTests.Confirm(payment), CancellationToken.None);
        (await toss.Sandbox.Http.DeleteAsync("sandbox/v1/faults")).Dispose();
        var lookup = await toss.Sandbox.GetAsync($"v1/payments/{payment.PaymentKey}");

        Assert.That(outcome.Kind, Is.EqualTo(GatewayOutcomeKind.Rejected));
        Assert.That(outcome.Error, Is.EqualTo(ErrorCatalog.PaymentProviderUnavailable));
        Assert.That(lookup.Body.GetProperty("status").GetString(), Is.EqualTo("IN_PROGRESS"), "the confirm never reached Toss");
    }
}
