using System.Text.Json;
using Hexagon.Application.Alerts;
using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Payments.Ports;
using Hexagon.Domain.Payments;
using Microsoft.Extensions.Logging;

namespace Hexagon.Application.Payments.Refunds;

/// <summary>
/// Gives money back so that no charge stays without an order. The refund is first written down together with an
/// outbox message (one transaction), then tried at once; whatever Toss answers, the outbox relay keeps retrying the
/// same idempotency key until Toss confirms, so a lost answer, a crash or Toss being down only delays the refund.
/// </summary>
public sealed class PaymentRefunder(
    IPaymentGateway gateway,
    IPaymentRefunds refunds,
    IPaymentRecords payments,
    IOutbox outbox,
    IUnitOfWork unitOfWork,
    IAlertSink alerts,
    TimeProvider clock,
    ILogger<PaymentRefunder> logger)
{
    public const string OutboxType = "payment.refund";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the refund and its outbox message in the caller's unit of work (e.g. with a customer cancel).</summary>
    public async Task ScheduleAsync(PaymentRefund refund, CancellationToken cancellationToken)
    {
        await refunds.RequestAsync(refund, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(
            new OutboxMessage(OutboxType, JsonSerializer.Serialize(refund, Json), refund.IdempotencyKey), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After a failed order: schedules the refund in its own transaction, then tries it at once. True when Toss has
    /// confirmed it by the time this returns. Never throws for the database being down: it still asks Toss.
    /// </summary>
    public async Task<bool> RefundNowAsync(PaymentRefund refund, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.ExecuteAsync(
                async token =>
                {
                    await ScheduleAsync(refund, token).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database may be why the order failed. Toss is still asked below; if that fails too, the payment stays
            // PAID without an order, which the missed-order batch finds and refunds.
            logger.LogCritical(exception, "Could not schedule the refund {IdempotencyKey}; trying Toss directly", refund.IdempotencyKey);
            if (await AttemptAsync(refund, cancellationToken).ConfigureAwait(false) == RefundAttempt.Done)
            {
                return true;
            }

            // Neither written down nor confirmed: nothing will retry it until the missed-order batch finds the checkout.
            await alerts.RaiseAsync(OperatorAlerts.RefundFailed(refund.OrderId, "not recorded and not confirmed by Toss"), cancellationToken).ConfigureAwait(false);
            return false;
        }

        return await AttemptAsync(refund, cancellationToken).ConfigureAwait(false) == RefundAttempt.Done;
    }

    /// <summary>One attempt: cancel at Toss; an unknown outcome is settled by looking the payment up.</summary>
    public async Task<RefundAttempt> AttemptAsync(PaymentRefund refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var request = new CancelPaymentRequest(refund.PaymentKey, refund.Reason, refund.Amount, refund.IdempotencyKey);
        await unitOfWork.ReleaseConnectionAsync().ConfigureAwait(false);
        var outcome = await gateway.CancelAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == GatewayOutcomeKind.Unknown)
        {
            var lookup = await gateway.GetAsync(refund.PaymentKey, cancellationToken).ConfigureAwait(false);
            outcome = IsRefunded(lookup, refund) ? lookup : outcome;
        }

        switch (outcome.Kind)
        {
            case GatewayOutcomeKind.Succeeded:
                await RecordDoneAsync(refund, outcome.Payment!, cancellationToken).ConfigureAwait(false);
                return RefundAttempt.Done;
            case GatewayOutcomeKind.Rejected when !outcome.IsMerchantFault:
                logger.LogError("Toss refused refund {IdempotencyKey}: {ProviderCode}; an operator must follow up", refund.IdempotencyKey, outcome.ProviderCode);
                await TryMarkFailedAsync(refund, outcome.ProviderCode ?? "rejected", cancellationToken).ConfigureAwait(false);
                await alerts.RaiseAsync(OperatorAlerts.RefundFailed(refund.OrderId, $"Toss refused: {outcome.ProviderCode}"), cancellationToken).ConfigureAwait(false);
                return RefundAttempt.NeedsOperator;
            default:
                logger.LogWarning("Refund {IdempotencyKey} not confirmed yet: {Kind} {ProviderCode}", refund.IdempotencyKey, outcome.Kind, outcome.ProviderCode);
                await TryMarkFailedAsync(refund, $"{outcome.Kind} {outcome.ProviderCode}".Trim(), cancellationToken).ConfigureAwait(false);
                return RefundAttempt.Retry;
        }
    }

    // A full refund is done when nothing is left to cancel; a partial one when a cancel of its amount is on record.
    private static bool IsRefunded(GatewayOutcome lookup, PaymentRefund refund) =>
        lookup is { Kind: GatewayOutcomeKind.Succeeded, Payment: { } payment }
        && (refund.Amount is null
            ? payment.Status == PaymentStatus.Canceled
            : payment.Cancels.Any(cancel => cancel.Amount == refund.Amount && cancel.Reason == refund.Reason));

    private async Task RecordDoneAsync(PaymentRefund refund, GatewayPayment payment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await unitOfWork.ExecuteAsync(
            async token =>
            {
                await refunds.MarkDoneAsync(refund.IdempotencyKey, now, token).ConfigureAwait(false);
                await payments.UpdateAsync(payment, now, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task TryMarkFailedAsync(PaymentRefund refund, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await refunds.MarkAttemptFailedAsync(refund.IdempotencyKey, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not record the failed attempt of refund {IdempotencyKey}", refund.IdempotencyKey);
        }
    }

    public static PaymentRefund ReadPayload(string payload) =>
        JsonSerializer.Deserialize<PaymentRefund>(payload, Json) ?? throw new JsonException("An empty refund payload.");
}
