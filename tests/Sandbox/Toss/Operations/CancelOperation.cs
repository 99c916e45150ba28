using Hexagon.Sandbox.Toss.Api;
using Hexagon.Sandbox.Toss.Errors;
using Hexagon.Sandbox.Toss.Payments;
using Hexagon.Sandbox.Toss.Webhooks;

namespace Hexagon.Sandbox.Toss.Operations;

/// <summary>
/// <c>POST /v1/payments/{paymentKey}/cancel</c>: full (no amount) or partial; each cancel appends to
/// <c>cancels[]</c> and lowers <c>balanceAmount</c>. Toss sends no webhook for domestic cancels' own event
/// (CANCEL_STATUS_CHANGED), but the payment's status change itself is a PAYMENT_STATUS_CHANGED.
/// </summary>
internal sealed class CancelOperation(PaymentLedger ledger, WebhookDispatcher webhooks, TimeProvider clock)
{
    public TossReply Run(string paymentKey, CancelRequest? request)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.CancelReason) || request.CancelReason.Length > 200
            || request.CancelAmount is < 1)
            return TossReply.Fail(TossErrors.InvalidRequest);
        if (!ledger.TryGet(paymentKey, out var payment)) return TossReply.Fail(TossErrors.NotFoundPayment);

        TossReply reply;
        PaymentView? changed = null;
        lock (payment.Gate)
        {
            var refusal = Refusal(payment, request.CancelAmount);
            if (refusal is not null)
            {
                reply = TossReply.Fail(refusal);
            }
            else
            {
                payment.Cancel(request.CancelAmount ?? payment.BalanceAmount, request.CancelReason, clock.GetUtcNow());
                changed = payment.ToView();
                reply = TossReply.Ok(changed);
            }
        }
        if (changed is not null) webhooks.Publish(changed);
        return reply;
    }

    private static TossError? Refusal(SandboxPayment payment, long? amount) => payment.Status switch
    {
        PaymentStatus.Canceled => TossErrors.AlreadyCanceledPayment,
        not (PaymentStatus.Done or PaymentStatus.PartialCanceled) => TossErrors.NotCancelablePayment,
        _ when amount > payment.BalanceAmount => TossErrors.NotCancelableAmount,
        _ => null,
    };
}
