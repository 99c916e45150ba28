using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Payments.Ports;
using Hexagon.Application.Payments.Refunds;
using Hexagon.Application.Tests.Identity.Fakes;
using Hexagon.Application.Tests.Jobs;
using Hexagon.Domain.Payments;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace Hexagon.Application.Tests.Payments;

public sealed class PaymentRefunderTests
{
    private static readonly PaymentRefund Refund = new("ord_refund_test_1", "tgen_key_1", null, "주문 불가", "cancel:ord_refund_test_1:order-failed");

    private InMemoryPaymentRefunds _refunds = null!;
    private InMemoryPaymentRecords _payments = null!;
    private IOutbox _outbox = null!;
    private IAlertSink _alerts = null!;
    private InMemoryUnitOfWork _unitOfWork = null!;
    private ScriptedPaymentGateway _gateway = null!;
    private PaymentRefunder _refunder = null!;

    [SetUp]
    public void SetUp()
    {
        _refunds = new InMemoryPaymentRefunds();
        _payments = new InMemoryPaymentRecords();
        _outbox = Substitute.For<IOutbox>();
        _alerts = Substitute.For<IAlertSink>();
        _unitOfWork = new InMemoryUnitOfWork(_refunds, _payments);
        _gateway = new ScriptedPaymentGateway(_unitOfWork);
        _refunder = new PaymentRefunder(
            _gateway, _refunds, _payments, _outbox, _unitOfWork, _alerts, new ManualTimeProvider(DateTimeOffset.UnixEpoch), NullLogger<PaymentRefunder>.Instance);
    }

    [Test]
    public async Task A_refund_is_written_down_with_its_outbox_message_before_Toss_is_asked()
    {
        _gateway.CancelAnswers.Enqueue(GatewayOutcome.Succeeded(Cancelled()));

        var done = await _refunder.RefundNowAsync(Refund, CancellationToken.None);

        Assert.That(done, Is.True);
        Assert.That(_refunds.StatusOf(Refund.IdempotencyKey), Is.EqualTo("DONE"));
        await _outbox.Received(1).EnqueueAsync(
            Arg.Is<OutboxMessage>(message => message.Type == PaymentRefunder.OutboxType && message.DedupKey == Refund.IdempotencyKey),
            Arg.Any<CancellationToken>());
        Assert.That(_gateway.Cancels.Single().IdempotencyKey, Is.EqualTo(Refund.IdempotencyKey));
    }

    [Test]
    public async Task An_unknown_cancel_outcome_that_the_lookup_shows_cancelled_is_done()
    {
        _gateway.CancelAnswers.Enqueue(GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, "ALREADY_CANCELED_PAYMENT"));
        _gateway.LookupAnswers.Enqueue(GatewayOutcome.Succeeded(Cancelled()));

        var attempt = await _refunder.AttemptAsync(Refund, CancellationToken.None);

        Assert.That(attempt, Is.EqualTo(RefundAttempt.Done));
    }

    [Test]
    public async Task An_unknown_outcome_with_the_payment_still_done_is_retried_later()
    {
        _gateway.CancelAnswers.Enqueue(GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, "FAILED_REFUND_PROCESS"));
        _gateway.LookupAnswers.Enqueue(GatewayOutcome.Succeeded(Cancelled() with { Status = PaymentStatus.Done, BalanceAmount = 14_000 }));

        var attempt = await _refunder.AttemptAsync(Refund, CancellationToken.None);

        Assert.That(attempt, Is.EqualTo(RefundAttempt.Retry));
        Assert.That(_refunds.StatusOf(Refund.IdempotencyKey), Is.Not.EqualTo("DONE"));
    }

    [Test]
    public async Task A_refusal_only_a_person_can_resolve_needs_an_operator()
    {
        _gateway.CancelAnswers.Enqueue(GatewayOutcome.Rejected(ErrorCatalog.RefundRejected, "EXCEED_MAX_REFUND_DUE", merchantFault: false));

        var attempt = await _refunder.AttemptAsync(Refund, CancellationToken.None);

        Assert.That(attempt, Is.EqualTo(RefundAttempt.NeedsOperator));
        await _alerts.Received(1).RaiseAsync(Arg.Is<OperatorAlert>(alert => alert.Key == $"refund-failed:{Refund.OrderId}"), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task The_handler_finishes_a_refund_already_confirmed_without_calling_Toss()
    {
        await _refunds.RequestAsync(Refund, DateTimeOffset.UnixEpoch, CancellationToken.None);
        await _refunds.MarkDoneAsync(Refund.IdempotencyKey, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var handler = new PaymentRefundHandler(_refunder, _refunds);

        var handling = await handler.HandleAsync(new OutboxEnvelope(1, handler.Type, System.Text.Json.JsonSerializer.Serialize(Refund, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)), 2, DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.That(handling.Kind, Is.EqualTo(OutboxHandlingKind.Done));
        Assert.That(_gateway.Calls, Is.Zero);
    }

    [Test]
    public async Task The_handler_dead_letters_an_unreadable_payload()
    {
        var handler = new PaymentRefundHandler(_refunder, _refunds);

        var handling = await handler.HandleAsync(new OutboxEnvelope(1, handler.Type, "not json", 1, DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.That(handling.Kind, Is.EqualTo(OutboxHandlingKind.Dead));
    }

    private static GatewayPayment Cancelled() => new()
    {
        PaymentKey = Refund.PaymentKey,
        OrderId = Refund.OrderId,
        OrderName = "아메리카노",
        Status = PaymentStatus.Canceled,
        TotalAmount = 14_000,
        BalanceAmount = 0,
        MethodName = "신한카드",
        RawResponse = "{}",
    };
}
