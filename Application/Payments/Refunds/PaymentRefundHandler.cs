using System.Text.Json;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Payments.Ports;

namespace Hexagon.Application.Payments.Refunds;

/// <summary>
/// Delivers "payment.refund" outbox messages: retries the refund under its own idempotency key until Toss confirms it.
/// A refund already confirmed (e.g. by the immediate attempt) is done without calling Toss again.
/// </summary>
public sealed class PaymentRefundHandler(PaymentRefunder refunder, IPaymentRefunds refunds) : IOutboxHandler
{
    public string Type => PaymentRefunder.OutboxType;

    public async Task<OutboxHandling> HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        PaymentRefund refund;
        try
        {
            refund = PaymentRefunder.ReadPayload(message.Payload);
        }
        catch (JsonException)
        {
            return OutboxHandling.Dead("unreadable refund payload");
        }

        if (await refunds.IsDoneAsync(refund.IdempotencyKey, cancellationToken).ConfigureAwait(false))
        {
            return OutboxHandling.Done();
        }

        return await refunder.AttemptAsync(refund, cancellationToken).ConfigureAwait(false) switch
        {
            RefundAttempt.Done => OutboxHandling.Done(),
            RefundAttempt.NeedsOperator => OutboxHandling.Dead($"Toss refused the refund of {refund.OrderId}; an operator must follow up"),
            _ => OutboxHandling.Retry($"the refund of {refund.OrderId} is not confirmed yet"),
        };
    }
}
