using Hexagon.Sandbox.Toss.Api;
using Hexagon.Sandbox.Toss.Errors;
using Hexagon.Sandbox.Toss.Payments;
using Hexagon.Sandbox.Toss.Webhooks;

namespace Hexagon.Sandbox.Toss.Operations;

/// <summary>
/// <c>GET /v1/payments/{paymentKey}</c> and <c>GET /v1/payments/orders/{orderId}</c>. A look-up also notices a
/// lapsed confirm window, so an abandoned payment reads EXPIRED (and its webhook goes out) without a timer.
/// </summary>
internal sealed class LookupOperation(
    PaymentLedger ledger, WebhookDispatcher webhooks, TossSandboxSettings settings, TimeProvider clock)
{
    public TossReply ByPaymentKey(string paymentKey) =>
        ledger.TryGet(paymentKey, out var payment) ? Read(payment) : TossReply.Fail(TossErrors.NotFoundPayment);

    public TossReply ByOrderId(string orderId) =>
        ledger.TryGetByOrderId(orderId, out var payment) ? Read(payment) : TossReply.Fail(TossErrors.NotFoundPayment);

    private TossReply Read(SandboxPayment payment)
    {
        PaymentView view;
        bool expired;
        lock (payment.Gate)
        {
            expired = payment.ExpireIfLapsed(clock.GetUtcNow(), settings.ConfirmWindow);
            view = payment.ToView();
        }
        if (expired) webhooks.Publish(view);
        return TossReply.Ok(view);
    }
}
