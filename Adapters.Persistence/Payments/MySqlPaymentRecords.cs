using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Payments.Ports;

namespace Hexagon.Adapters.Persistence.Payments;

/// <summary>The payments table on the scope's <see cref="DbSession"/>.</summary>
public sealed class MySqlPaymentRecords(DbSession session) : IPaymentRecords
{
    private const string Columns = """
        order_id AS OrderId, payment_key AS PaymentKey, user_id AS UserId, amount AS Amount, balance_amount AS BalanceAmount,
        status AS Status, method AS Method, method_name AS MethodName, card_issuer_code AS CardIssuerCode,
        easy_pay_provider AS EasyPayProvider, approved_at AS ApprovedAt, raw_response AS RawResponse
        """;

    public async Task<PaymentRecord?> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<PaymentRow>(
            session.Command($"SELECT {Columns} FROM payments WHERE order_id = @orderId", new { orderId }, cancellationToken)).ConfigureAwait(false);
        return row?.ToRecord();
    }

    public async Task<PaymentRecord> AddOrGetAsync(PaymentRecord payment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // INSERT IGNORE would also swallow a CHECK or foreign-key failure; ON DUPLICATE KEY with a no-op assignment only
        // tolerates the unique keys, i.e. the same order (or payment key) recorded by a racing confirm.
        const string sql = """
            INSERT INTO payments (order_id, payment_key, user_id, amount, balance_amount, status, method, method_name,
                                  card_issuer_code, easy_pay_provider, approved_at, raw_response, created_at, updated_at)
            VALUES (@OrderId, @PaymentKey, @UserId, @Amount, @BalanceAmount, @Status, @Method, @MethodName,
                    @CardIssuerCode, @EasyPayProvider, @ApprovedAt, @RawResponse, @Now, @Now)
            ON DUPLICATE KEY UPDATE order_id = order_id
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, Parameters(payment, now), cancellationToken)).ConfigureAwait(false);
        return await FindByOrderIdAsync(payment.OrderId, cancellationToken).ConfigureAwait(false)
               ?? throw new InvalidOperationException($"The payment of {payment.OrderId} is neither stored nor storable.");
    }

    public async Task UpdateAsync(GatewayPayment payment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE payments SET balance_amount = @BalanceAmount, status = @Status, raw_response = @RawResponse, updated_at = @Now
            WHERE payment_key = @PaymentKey
            """;
        var parameters = new
        {
            payment.PaymentKey,
            payment.BalanceAmount,
            Status = PaymentStatusText.Of(payment.Status),
            payment.RawResponse,
            Now = now.UtcDateTime,
        };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
    }

    private static object Parameters(PaymentRecord payment, DateTimeOffset now) => new
    {
        payment.OrderId,
        payment.PaymentKey,
        payment.UserId,
        payment.Amount,
        payment.BalanceAmount,
        Status = PaymentStatusText.Of(payment.Status),
        payment.Method,
        payment.MethodName,
        payment.CardIssuerCode,
        payment.EasyPayProvider,
        ApprovedAt = payment.ApprovedAt?.UtcDateTime,
        payment.RawResponse,
        Now = now.UtcDateTime,
    };
}
