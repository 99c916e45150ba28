using Hexagon.Sandbox.Toss.Api;
using Hexagon.Sandbox.Toss.Errors;
using Hexagon.Sandbox.Toss.Payments;
using Hexagon.Sandbox.Toss.Webhooks;

namespace Hexagon.Sandbox.Toss.Operations;

/// <summary>
/// <c>POST /v1/payments/confirm</c>: approves an authenticated payment. The order of the checks is the
/// sandbox's choice (Toss does not publish one): window first (an expired session has nothing to compare),
/// then what was authenticated, then whether it was already processed.
/// </summary>
internal sealed class ConfirmOperation(
    PaymentLedger ledger, WebhookDispatcher webhooks, TossSandboxSettings settings, TimeProvider clock)
{
    public TossReply Run(ConfirmRequest? request)
    {
        if (request is null || string.IsNullOrEmpty(request.PaymentKey) || request.PaymentKey.Length > 200
            || string.IsNullOrEmpty(request.OrderId) || request.Amount is null)
            return TossReply.Fail(TossErrors.InvalidRequest);
        if (!ledger.TryGet(request.PaymentKey, out var payment)) return TossReply.Fail(TossErrors.NotFoundPayment);

        TossReply reply;
        PaymentView? changed;
        lock (payment.Gate)
        {
            reply = Decide(payment, request, out var statusChanged);
            changed = statusChanged ? payment.ToView() : null;
        }
        if (changed is not null) webhooks.Publish(changed);
        return reply;
    }

    private TossReply Decide(SandboxPayment payment, ConfirmRequest request, out bool statusChanged)
    {
        var now = clock.GetUtcNow();
        statusChanged = payment.ExpireIfLapsed(now, settings.ConfirmWindow);
        if (payment.Status == PaymentStatus.Expired) return TossReply.Fail(TossErrors.NotFoundPaymentSession);
        if (request.OrderId != payment.OrderId) return TossReply.Fail(TossErrors.UnapprovedOrderId);
        if (request.Amount != payment.TotalAmount) return TossReply.Fail(TossErrors.AmountMismatch);
        if (payment.Status != PaymentStatus.InProgress) return TossReply.Fail(TossErrors.AlreadyProcessedPayment);
        if (payment.Method == PaymentMethods.Card && payment.TotalAmount < 100)
            return TossReply.Fail(TossErrors.BelowMinimumAmount);

        statusChanged = true;
        if (payment.DeclineWith is { } decline)
        {
            payment.Abort(decline);
            return TossReply.Fail(decline);
        }
        payment.Approve(now);
        return TossReply.Ok(payment.ToView());
    }
}
