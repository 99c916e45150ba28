using Hexagon.Application.Errors;
using Hexagon.Application.Payments.Ports;
using Hexagon.Domain.Payments;
using Hexagon.Integration.Tests.Sandbox;

namespace Hexagon.Integration.Tests.Payments;

/// <summary>TossPaymentGateway.ConfirmAsync against the Toss sandbox over HTTP, one error class at a time.</summary>
public sealed class TossPaymentGatewayConfirmTests
{
    [Test]
    public async Task A_card_payment_is_confirmed_with_the_issuers_name()
    {
        await using var toss = await GatewayUnderTest.StartAsync();
        var payment = await toss.Sandbox.AuthenticateAsync(amount: 15_000);

        var outcome = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        Assert.That(outcome.Kind, Is.EqualTo(GatewayOutcomeKind.Succeeded), outcome.ProviderCode);
        Assert.That(outcome.Payment!.Status, Is.EqualTo(PaymentStatus.Done));
        Assert.That(outcome.Payment.TotalAmount, Is.EqualTo(15_000));
        Assert.That(outcome.Payment.OrderId, Is.EqualTo(payment.OrderId));
        Assert.That(outcome.Payment.MethodName, Is.EqualTo("신한카드"), "the sandbox's default issuer code is 41");
        Assert.That(outcome.Payment.ApprovedAt, Is.Not.Null);
        Assert.That(outcome.Payment.RawResponse, Does.Contain(payment.PaymentKey));
    }

    [Test]
    public async Task An_easy_pay_payment_is_named_after_its_provider()
    {
        await using var toss = await GatewayUnderTest.StartAsync();
        var payment = await toss.Sandbox.AuthenticateAsync(method: "간편결제");

        var outcome = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        Assert.That(outcome.Payment?.MethodName, Is.EqualTo("토스페이"));
    }

    [Test]
    public async Task The_same_idempotency_key_replays_the_approval_instead_of_failing()
    {
        await using var toss = await GatewayUnderTest.StartAsync();
        var payment = await toss.Sandbox.AuthenticateAsync();

        var first = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);
        var again = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        Assert.That(again.Kind, Is.EqualTo(GatewayOutcomeKind.Succeeded));
        Assert.That(again.Payment!.RawResponse, Is.EqualTo(first.Payment!.RawResponse));
    }

    [Test]
    public async Task A_second_confirm_under_a_new_key_is_outcome_unknown_so_the_caller_looks_it_up()
    {
        await using var toss = await GatewayUnderTest.StartAsync();
        var payment = await toss.Sandbox.AuthenticateAsync();
        await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        var again = await toss.Gateway.ConfirmAsync(Confirm(payment) with { IdempotencyKey = "another-key" }, CancellationToken.None);

        Assert.That(again.Kind, Is.EqualTo(GatewayOutcomeKind.Unknown));
        Assert.That(again.ProviderCode, Is.EqualTo("ALREADY_PROCESSED_PAYMENT"));
    }

    [Test]
    public async Task A_declined_card_keeps_its_meaning_with_our_code()
    {
        await using var toss = await GatewayUnderTest.StartAsync();
        var payment = await toss.Sandbox.AuthenticateAsync();
        await toss.Sandbox.ArmFaultAsync(new { operation = "confirm", code = "INVALID_STOPPED_CARD", httpStatus = 400, times = 1 });

        var outcome = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        Assert.That(outcome.Kind, Is.EqualTo(GatewayOutcomeKind.Rejected));
        Assert.That(outcome.IsMerchantFault, Is.False);
        Assert.That(outcome.Error!.Code, Is.EqualTo(ErrorCatalog.PaymentRejectedByCard.Code));
        Assert.That(outcome.Error.Message, Does.Contain("정지된 카드"));
    }

    [Test]
    public async Task A_wrong_secret_key_is_a_merchant_fault_that_shows_nothing_of_Tosss_text()
    {
        await using var toss = await GatewayUnderTest.StartAsync(secretKey: "test_sk_not_the_right_one");
        var payment = await toss.Sandbox.AuthenticateAsync();

        var outcome = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        Assert.That(outcome.Kind, Is.EqualTo(GatewayOutcomeKind.Rejected));
        Assert.That(outcome.IsMerchantFault, Is.True);
        Assert.That(outcome.ProviderCode, Is.EqualTo("UNAUTHORIZED_KEY"));
        Assert.That(outcome.Error, Is.EqualTo(ErrorCatalog.PaymentFailed), "the generic message, not Toss's");
    }

    [Test]
    public async Task An_expired_payment_session_tells_the_buyer_to_start_again()
    {
        await using var toss = await GatewayUnderTest.StartAsync(confirmWindowSeconds: 0.2);
        var payment = await toss.Sandbox.AuthenticateAsync();
        await Task.Delay(400);

        var outcome = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        Assert.That(outcome.Error?.Code, Is.EqualTo(ErrorCatalog.PaymentSessionExpired.Code));
    }

    [Test]
    public async Task A_code_nobody_listed_is_treated_as_outcome_unknown()
    {
        await using var toss = await GatewayUnderTest.StartAsync();
        var payment = await toss.Sandbox.AuthenticateAsync();
        await toss.Sandbox.ArmFaultAsync(new { operation = "confirm", code = "BRAND_NEW_TOSS_CODE", httpStatus = 400, times = 1 });

        var outcome = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        Assert.That(outcome.Kind, Is.EqualTo(GatewayOutcomeKind.Unknown));
        Assert.That(outcome.Error, Is.EqualTo(ErrorCatalog.PaymentOutcomeUnknown));
    }

    [Test]
    public async Task An_answer_slower_than_the_timeout_is_outcome_unknown_and_the_lookup_finds_the_payment()
    {
        await using var toss = await GatewayUnderTest.StartAsync(GatewayUnderTest.QuickSettings(maxRetries: 0));
        var payment = await toss.Sandbox.AuthenticateAsync();
        await toss.Sandbox.ArmFaultAsync(new { operation = "confirm", delayMs = 1_500, times = 1 });

        var outcome = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);
        Assert.That(outcome.Kind, Is.EqualTo(GatewayOutcomeKind.Unknown));

        // Toss keeps working after the client gave up: the approval lands once the delay is over.
        var lookup = await toss.Gateway.FindByOrderIdAsync(payment.OrderId, CancellationToken.None);
        for (var waited = 0; lookup.Payment?.Status != PaymentStatus.Done && waited < 5_000; waited += 100)
        {
            await Task.Delay(100);
            lookup = await toss.Gateway.FindByOrderIdAsync(payment.OrderId, CancellationToken.None);
        }

        Assert.That(lookup.Payment?.Status, Is.EqualTo(PaymentStatus.Done), $"the slow confirm went through in the end ({lookup.Kind} {lookup.ProviderCode} {lookup.Payment?.RawResponse})");
    }

    [Test]
    public async Task A_lost_answer_after_the_approval_is_outcome_unknown_and_a_retry_with_the_key_gets_the_approval()
    {
        await using var toss = await GatewayUnderTest.StartAsync(GatewayUnderTest.QuickSettings(maxRetries: 0));
        var payment = await toss.Sandbox.AuthenticateAsync();
        await toss.Sandbox.ArmFaultAsync(new
        {
            operation = "confirm", code = "FAILED_INTERNAL_SYSTEM_PROCESSING", httpStatus = 500, times = 1, applyThenFail = true,
        });

        var lost = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);
        var retried = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        Assert.That(lost.Kind, Is.EqualTo(GatewayOutcomeKind.Unknown));
        Assert.That(retried.Kind, Is.EqualTo(GatewayOutcomeKind.Succeeded));
        Assert.That(retried.Payment!.Status, Is.EqualTo(PaymentStatus.Done));
    }

    [Test]
    public async Task Still_processing_under_the_same_key_is_retried_by_the_handler()
    {
        await using var toss = await GatewayUnderTest.StartAsync(GatewayUnderTest.QuickSettings(maxRetries: 2));
        var payment = await toss.Sandbox.AuthenticateAsync();
        await toss.Sandbox.ArmFaultAsync(new { operation = "confirm", code = "IDEMPOTENT_REQUEST_PROCESSING", httpStatus = 409, times = 1 });

        var outcome = await toss.Gateway.ConfirmAsync(Confirm(payment), CancellationToken.None);

        Assert.That(outcome.Kind, Is.EqualTo(GatewayOutcomeKind.Succeeded));
    }

    internal static ConfirmPaymentRequest Confirm(AuthenticatedPayment payment) =>
        new(payment.PaymentKey, payment.OrderId, payment.Amount, $"confirm:{payment.OrderId}");
}
