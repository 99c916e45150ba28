namespace Hexagon.Application.Payments.Ports;

/// <summary>The payment_refunds table: every refund asked of Toss and whether Toss confirmed it.</summary>
public interface IPaymentRefunds
{
    /// <summary>Records the refund as requested; a second request with the same idempotency key is ignored.</summary>
    Task RequestAsync(PaymentRefund refund, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>True when Toss confirmed the refund with this key.</summary>
    Task<bool> IsDoneAsync(string idempotencyKey, CancellationToken cancellationToken);

    Task MarkDoneAsync(string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt and keeps its reason (no secrets).</summary>
    Task MarkAttemptFailedAsync(string idempotencyKey, string reason, CancellationToken cancellationToken);
}
