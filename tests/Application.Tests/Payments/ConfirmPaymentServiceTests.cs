using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Payments;
using Hexagon.Application.Payments.ConfirmPayment;
using Hexagon.Application.Payments.Ports;
using Hexagon.Application.Tests.Identity.Fakes;
using Hexagon.Application.Tests.Jobs;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Payments;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace Hexagon.Application.Tests.Payments;

public sealed class ConfirmPaymentServiceTests
{
    private const long Buyer = 7;
    private const string OrderId = "ord_confirm_test_0001";
    private const string PaymentKey = "tgen_test_key_1";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    private InMemoryCheckouts _checkouts = null!;
    private InMemoryPaymentRecords _payments = null!;
    private InMemoryUnitOfWork _unitOfWork = null!;
    private ScriptedPaymentGateway _gateway = null!;
    private ManualTimeProvider _clock = null!;
    private ConfirmPaymentService _service = null!;
    private IAlertSink _alerts = null!;

    [SetUp]
    public void SetUp()
    {
        _checkouts = new InMemoryCheckouts();
        _payments = new InMemoryPaymentRecords();
        _unitOfWork = new InMemoryUnitOfWork(_checkouts, _payments);
        _gateway = new ScriptedPaymentGateway(_unitOfWork);
        _clock = new ManualTimeProvider(Now);
        _alerts = Substitute.For<IAlertSink>();
        var confirmation = new PaymentConfirmation(
            _checkouts, _payments, _gateway, new PaymentOutcomeResolver(_gateway), _unitOfWork, _alerts, _clock, NullLogger<PaymentConfirmation>.Instance);
        _service = new ConfirmPaymentService(_checkouts, confirmation);
        _checkouts.AddAsync(OpenCheckout(), CancellationToken.None).GetAwaiter().GetResult();
    }

    [Test]
    public async Task A_confirmed_payment_is_recorded_and_the_checkout_becomes_paid()
    {
        _gateway.ConfirmAnswers.Enqueue(GatewayOutcome.Succeeded(Payment()));

        var result = await ConfirmAsync(15_000);

        Assert.That(result.IsSuccess, Is.True, result.Error?.Code);
        Assert.That(result.Value.PaymentMethod, Is.EqualTo("신한카드"));
        Assert.That(_gateway.Confirms.Single().IdempotencyKey, Is.EqualTo(PaymentIdempotencyKeys.Confirm(OrderId)));
        Assert.That(_payments.All.Single().PaymentKey, Is.EqualTo(PaymentKey));
        Assert.That(_checkouts.All.Single().Status, Is.EqualTo(CheckoutStatus.Paid));
    }

    [Test]
    public async Task Once_Toss_is_asked_a_client_that_goes_away_does_not_stop_the_confirm_or_its_record()
    {
        _gateway.ConfirmAnswers.Enqueue(GatewayOutcome.Succeeded(Payment()));
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        var result = await _service.ConfirmAsync(new ConfirmPaymentCommand(Buyer, PaymentKey, OrderId, 15_000), gone.Token);

        Assert.That(result.IsSuccess, Is.True, result.Error?.Code);
        Assert.That(_payments.All.Single().PaymentKey, Is.EqualTo(PaymentKey), "a charge Toss made is always written down");
    }

    [Test]
    public async Task Someone_elses_checkout_is_not_found_and_Toss_is_not_called()
    {
        var result = await _service.ConfirmAsync(new ConfirmPaymentCommand(Buyer + 1, PaymentKey, OrderId, 15_000), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.CheckoutNotFound));
        Assert.That(_gateway.Calls, Is.Zero);
    }

    [Test]
    public async Task A_tampered_amount_never_reaches_Toss()
    {
        var result = await ConfirmAsync(100);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.PaymentAmountMismatch));
        Assert.That(_gateway.Calls, Is.Zero);
    }

    [Test]
    public async Task An_expired_checkout_is_refused_before_Toss()
    {
        _clock.Advance(Checkout.Lifetime);

        var result = await ConfirmAsync(15_000);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.CheckoutExpired));
        Assert.That(_gateway.Calls, Is.Zero);
    }

    [Test]
    public async Task A_second_confirm_answers_the_stored_result_without_calling_Toss()
    {
        _payments.Add(PaymentRecord.From(Payment(), Buyer));

        var result = await ConfirmAsync(15_000);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Value.Status, Is.EqualTo(PaymentStatus.Done));
        Assert.That(_gateway.Calls, Is.Zero);
    }

    [Test]
    public async Task An_unknown_outcome_is_settled_by_looking_the_payment_up()
    {
        _gateway.ConfirmAnswers.Enqueue(GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, null));
        _gateway.LookupAnswers.Enqueue(GatewayOutcome.Succeeded(Payment()));

        var result = await ConfirmAsync(15_000);

        Assert.That(result.IsSuccess, Is.True, result.Error?.Code);
        Assert.That(_gateway.Lookups, Is.EqualTo(new[] { OrderId }));
        Assert.That(_payments.All, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_lookup_that_finds_the_payment_still_unapproved_says_so_and_records_nothing()
    {
        _gateway.ConfirmAnswers.Enqueue(GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, "PROVIDER_ERROR"));
        _gateway.LookupAnswers.Enqueue(GatewayOutcome.Succeeded(Payment() with { Status = PaymentStatus.InProgress }));

        var result = await ConfirmAsync(15_000);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.PaymentNotCompleted));
        Assert.That(_payments.All, Is.Empty);
    }

    [Test]
    public async Task When_even_the_lookup_cannot_tell_the_answer_stays_outcome_unknown()
    {
        _gateway.ConfirmAnswers.Enqueue(GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, null));
        _gateway.LookupAnswers.Enqueue(GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, null));

        var result = await ConfirmAsync(15_000);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.PaymentOutcomeUnknown));
        Assert.That(_checkouts.All.Single().Status, Is.EqualTo(CheckoutStatus.Open));
    }

    [Test]
    public async Task A_payment_Toss_approved_for_another_amount_is_cancelled_at_once()
    {
        _gateway.ConfirmAnswers.Enqueue(GatewayOutcome.Succeeded(Payment() with { TotalAmount = 1_500 }));
        _gateway.CancelAnswers.Enqueue(GatewayOutcome.Succeeded(Payment() with { Status = PaymentStatus.Canceled }));

        var result = await ConfirmAsync(15_000);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.PaymentVerificationFailed));
        Assert.That(_gateway.Cancels.Single().IdempotencyKey, Is.EqualTo(PaymentIdempotencyKeys.Cancel(OrderId, "mismatch")));
        Assert.That(_gateway.Cancels.Single().Amount, Is.Null, "a full cancel");
        Assert.That(_payments.All, Is.Empty);
        await _alerts.Received(1).RaiseAsync(Arg.Is<OperatorAlert>(alert => alert.Key == $"payment-mismatch:{OrderId}"), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_declined_card_passes_its_message_on_and_records_nothing()
    {
        var declined = ErrorCatalog.PaymentRejectedByCard.WithMessage("정지된 카드예요.");
        _gateway.ConfirmAnswers.Enqueue(GatewayOutcome.Rejected(declined, "INVALID_STOPPED_CARD", merchantFault: false));

        var result = await ConfirmAsync(15_000);

        Assert.That(result.Error, Is.EqualTo(declined));
        Assert.That(_payments.All, Is.Empty);
        Assert.That(_checkouts.All.Single().Status, Is.EqualTo(CheckoutStatus.Open));
        await _alerts.DidNotReceiveWithAnyArgs().RaiseAsync(default!, default);
    }

    [Test]
    public async Task A_merchant_fault_alerts_the_operators_with_Tosss_code()
    {
        _gateway.ConfirmAnswers.Enqueue(GatewayOutcome.Rejected(ErrorCatalog.PaymentFailed, "INVALID_API_KEY", merchantFault: true));

        var result = await ConfirmAsync(15_000);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.PaymentFailed));
        await _alerts.Received(1).RaiseAsync(
            Arg.Is<OperatorAlert>(alert => alert.Key == "payment-merchant-fault:INVALID_API_KEY"), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Malformed_fields_are_one_validation_error_listing_each()
    {
        var result = await _service.ConfirmAsync(new ConfirmPaymentCommand(Buyer, "", "bad id!", 0), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
        Assert.That(result.Error!.FieldErrors!.Keys, Is.EquivalentTo(new[] { "paymentKey", "orderId", "amount" }));
    }

    private Task<Domain.Common.Result<ConfirmPaymentResult>> ConfirmAsync(long amount) =>
        _service.ConfirmAsync(new ConfirmPaymentCommand(Buyer, PaymentKey, OrderId, amount), CancellationToken.None);

    private static Checkout OpenCheckout() => new()
    {
        OrderId = OrderId,
        UserId = Buyer,
        StoreId = 3,
        OrderName = "아메리카노 외 1건",
        Lines = [new CheckoutLine(11, "아메리카노", 2, 4_500, []), new CheckoutLine(12, "라떼", 1, 6_000, [])],
        Amounts = new CheckoutAmounts(15_000, 0, 0),
        Status = CheckoutStatus.Open,
        CreatedAt = Now,
        ExpiresAt = Now + Checkout.Lifetime,
    };

    private static GatewayPayment Payment() => new()
    {
        PaymentKey = PaymentKey,
        OrderId = OrderId,
        OrderName = "아메리카노 외 1건",
        Status = PaymentStatus.Done,
        TotalAmount = 15_000,
        BalanceAmount = 15_000,
        Method = "카드",
        CardIssuerCode = "41",
        MethodName = "신한카드",
        ApprovedAt = Now,
        RawResponse = "{}",
    };
}
