using Hexagon.Application.Alerts;
using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Checkouts.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Payments.Ports;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Common;
using Microsoft.Extensions.Logging;

namespace Hexagon.Application.Payments;

/// <summary>
/// Confirms the payment of a checkout the caller owns, or finds it confirmed already; shared by the confirm endpoint
/// (two-call flow) and the order placement (one-call flow). Checks the amount and expiry before Toss sees anything,
/// confirms with an idempotency key derived from the order id, resolves an unknown outcome by a lookup, verifies
/// Toss's answer against the checkout (cancelling at once on a mismatch), and only then records the payment in one
/// short transaction. No HTTP call runs inside that transaction.
/// </summary>
public sealed class PaymentConfirmation(
    ICheckoutRepository checkouts,
    IPaymentRecords payments,
    IPaymentGateway gateway,
    PaymentOutcomeResolver resolver,
    IUnitOfWork unitOfWork,
    IAlertSink alerts,
    TimeProvider clock,
    ILogger<PaymentConfirmation> logger)
{
    public async Task<Result<PaymentRecord>> ConfirmAsync(Checkout checkout, string paymentKey, long amount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkout);
        var recorded = await payments.FindByOrderIdAsync(checkout.OrderId, cancellationToken).ConfigureAwait(false);
        if (recorded is not null)
        {
            // Confirmed before: the stored answer, without asking Toss again.
            return recorded.PaymentKey == paymentKey ? recorded : ErrorCatalog.PaymentAlreadyCompleted;
        }

        if (amount != checkout.Amount)
        {
            return ErrorCatalog.PaymentAmountMismatch;
        }

        if (checkout.IsExpiredAt(clock.GetUtcNow()))
        {
            return ErrorCatalog.CheckoutExpired;
        }

        // From here on money may move: the client going away (or its request timing out) must not stop the confirm, its
        // lookup or the recording half-way, or Toss would hold a charge that we never wrote down. Toss's own timeouts
        // (the gateway's handler) bound these calls instead.
        var settling = CancellationToken.None;
        var request = new ConfirmPaymentRequest(paymentKey, checkout.OrderId, amount, PaymentIdempotencyKeys.Confirm(checkout.OrderId));
        await unitOfWork.ReleaseConnectionAsync().ConfigureAwait(false);
        var outcome = await gateway.ConfirmAsync(request, settling).ConfigureAwait(false);
        if (outcome.Kind == GatewayOutcomeKind.Unknown)
        {
            outcome = await resolver.ResolveConfirmAsync(checkout.OrderId, settling).ConfigureAwait(false);
        }

        if (outcome.Kind != GatewayOutcomeKind.Succeeded)
        {
            if (outcome.IsMerchantFault)
            {
                logger.LogError("Confirm of {OrderId} failed on our side: provider code {ProviderCode}", checkout.OrderId, outcome.ProviderCode);
                await alerts.RaiseAsync(OperatorAlerts.PaymentMerchantFault(checkout.OrderId, outcome.ProviderCode ?? "?"), settling).ConfigureAwait(false);
            }

            return outcome.Error ?? ErrorCatalog.PaymentNotCompleted;
        }

        return await AcceptAsync(outcome.Payment!, checkout, settling).ConfigureAwait(false);
    }

    private async Task<Result<PaymentRecord>> AcceptAsync(GatewayPayment payment, Checkout checkout, CancellationToken cancellationToken)
    {
        if (payment.OrderId != checkout.OrderId || payment.TotalAmount != checkout.Amount)
        {
            await CancelMismatchAsync(payment, checkout, cancellationToken).ConfigureAwait(false);
            return ErrorCatalog.PaymentVerificationFailed;
        }

        var now = clock.GetUtcNow();
        return await unitOfWork.ExecuteAsync(
            async token =>
            {
                var row = await payments.AddOrGetAsync(PaymentRecord.From(payment, checkout.UserId), now, token).ConfigureAwait(false);
                await checkouts.MarkPaidAsync(checkout.OrderId, now, token).ConfigureAwait(false);
                return row;
            },
            cancellationToken).ConfigureAwait(false);
    }

    // Toss charged something that is not this checkout: give the money back before anything else.
    private async Task CancelMismatchAsync(GatewayPayment payment, Checkout checkout, CancellationToken cancellationToken)
    {
        logger.LogError(
            "Toss approved {PaymentKey} for order {TossOrderId} / {TossAmount} won, expected {OrderId} / {Amount} won; cancelling",
            payment.PaymentKey, payment.OrderId, payment.TotalAmount, checkout.OrderId, checkout.Amount);
        var cancel = new CancelPaymentRequest(
            payment.PaymentKey, "결제 정보 불일치로 자동 취소", null, PaymentIdempotencyKeys.Cancel(checkout.OrderId, "mismatch"));
        var cancelled = await gateway.CancelAsync(cancel, cancellationToken).ConfigureAwait(false);
        if (cancelled.Kind != GatewayOutcomeKind.Succeeded)
        {
            logger.LogCritical("Cancelling mismatched payment {PaymentKey} did not succeed ({Kind}, {ProviderCode}): refund by hand",
                payment.PaymentKey, cancelled.Kind, cancelled.ProviderCode);
        }

        await alerts.RaiseAsync(
            OperatorAlerts.PaymentMismatch(checkout.OrderId, cancelled.Kind == GatewayOutcomeKind.Succeeded), cancellationToken).ConfigureAwait(false);
    }
}
