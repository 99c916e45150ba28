namespace Hexagon.Application.Payments.Ports;

/// <summary>
/// The payment provider (Toss Payments). Never called inside a database transaction. Every call answers a
/// <see cref="GatewayOutcome"/> rather than throwing for the provider's answers: a definite success, a definite
/// rejection, a "not found" for lookups, or an unknown outcome (timeout, 5xx, a code we do not know) that the caller must
/// resolve by looking the payment up.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Approves an authenticated payment. Replaying the same idempotency key never charges twice.</summary>
    Task<GatewayOutcome> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels all (amount null) or part of a payment. Replaying the same idempotency key never refunds twice.</summary>
    Task<GatewayOutcome> CancelAsync(CancelPaymentRequest request, CancellationToken cancellationToken);

    /// <summary>The payment made for one of our order ids; <see cref="GatewayOutcomeKind.NotFound"/> when there is none.</summary>
    Task<GatewayOutcome> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>The payment with this payment key; <see cref="GatewayOutcomeKind.NotFound"/> when there is none.</summary>
    Task<GatewayOutcome> GetAsync(string paymentKey, CancellationToken cancellationToken);
}
