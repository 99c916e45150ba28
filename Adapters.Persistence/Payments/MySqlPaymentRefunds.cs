using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Payments.Ports;

namespace Hexagon.Adapters.Persistence.Payments;

/// <summary>The payment_refunds table on the scope's <see cref="DbSession"/>.</summary>
public sealed class MySqlPaymentRefunds(DbSession session) : IPaymentRefunds
{
    private const int MaxErrorLength = 500;

    public async Task RequestAsync(PaymentRefund refund, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The unique idempotency key makes a second request of the same refund (a re-run transaction) a no-op.
        const string sql = """
            INSERT INTO payment_refunds (order_id, payment_key, amount, reason, idempotency_key, status, attempts, requested_at)
            VALUES (@OrderId, @PaymentKey, @Amount, @Reason, @IdempotencyKey, 'REQUESTED', 0, @now)
            ON DUPLICATE KEY UPDATE idempotency_key = idempotency_key
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new
        {
            refund.OrderId, refund.PaymentKey, refund.Amount, refund.Reason, refund.IdempotencyKey, now = now.UtcDateTime,
        }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<bool> IsDoneAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var status = await connection.ExecuteScalarAsync<string?>(session.Command(
            "SELECT status FROM payment_refunds WHERE idempotency_key = @idempotencyKey", new { idempotencyKey }, cancellationToken)).ConfigureAwait(false);
        return status == "DONE";
    }

    public async Task MarkDoneAsync(string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE payment_refunds SET status = 'DONE', attempts = attempts + 1, completed_at = @now, last_error = NULL
            WHERE idempotency_key = @idempotencyKey AND status <> 'DONE'
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new { idempotencyKey, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task MarkAttemptFailedAsync(string idempotencyKey, string reason, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE payment_refunds SET status = 'FAILED', attempts = attempts + 1, last_error = @reason
            WHERE idempotency_key = @idempotencyKey AND status <> 'DONE'
            """;
        var trimmed = reason.Length <= MaxErrorLength ? reason : reason[..MaxErrorLength];
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new { idempotencyKey, reason = trimmed }, cancellationToken)).ConfigureAwait(false);
    }
}
