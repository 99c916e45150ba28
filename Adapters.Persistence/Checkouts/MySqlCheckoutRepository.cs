using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Checkouts.Ports;
using Hexagon.Domain.Checkouts;

namespace Hexagon.Adapters.Persistence.Checkouts;

/// <summary>Checkouts on the scope's <see cref="DbSession"/>.</summary>
public sealed class MySqlCheckoutRepository(DbSession session) : ICheckoutRepository
{
    private const string Columns = """
        order_id AS OrderId, user_id AS UserId, store_id AS StoreId, order_name AS OrderName, subtotal AS Subtotal,
        coupon_amount AS CouponAmount, point_amount AS PointAmount, user_coupon_id AS UserCouponId,
        request_note AS RequestNote, line_snapshot AS LineSnapshot, status AS Status, created_at AS CreatedAt,
        expires_at AS ExpiresAt
        """;

    public async Task AddAsync(Checkout checkout, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO checkouts (order_id, user_id, store_id, order_name, subtotal, coupon_amount, point_amount, amount,
                                   user_coupon_id, request_note, line_snapshot, status, created_at, expires_at, updated_at)
            VALUES (@OrderId, @UserId, @StoreId, @OrderName, @Subtotal, @CouponAmount, @PointAmount, @Amount,
                    @UserCouponId, @RequestNote, @LineSnapshot, @Status, @CreatedAt, @ExpiresAt, @CreatedAt)
            """;
        var parameters = new
        {
            checkout.OrderId,
            checkout.UserId,
            checkout.StoreId,
            checkout.OrderName,
            checkout.Amounts.Subtotal,
            checkout.Amounts.CouponAmount,
            checkout.Amounts.PointAmount,
            checkout.Amount,
            checkout.UserCouponId,
            checkout.RequestNote,
            LineSnapshot = CheckoutLineSnapshot.Write(checkout.Lines),
            Status = StatusText(checkout.Status),
            CreatedAt = checkout.CreatedAt.UtcDateTime,
            ExpiresAt = checkout.ExpiresAt.UtcDateTime,
        };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<Checkout?> FindAsync(string orderId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<CheckoutRow>(
            session.Command($"SELECT {Columns} FROM checkouts WHERE order_id = @orderId", new { orderId }, cancellationToken)).ConfigureAwait(false);
        return row?.ToCheckout();
    }

    public async Task<Checkout?> LockAsync(string orderId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<CheckoutRow>(
            session.Command($"SELECT {Columns} FROM checkouts WHERE order_id = @orderId FOR UPDATE", new { orderId }, cancellationToken)).ConfigureAwait(false);
        return row?.ToCheckout();
    }

    public async Task MarkOrderedAsync(string orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE checkouts SET status = 'ORDERED', updated_at = @now WHERE order_id = @orderId AND status IN ('OPEN', 'PAID')";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new { orderId, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<bool> MarkPaidAsync(string orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE checkouts SET status = 'PAID', updated_at = @now WHERE order_id = @orderId AND status = 'OPEN'";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(session.Command(sql, new { orderId, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
        return changed == 1;
    }

    private static string StatusText(CheckoutStatus status) => status.ToString().ToUpperInvariant();
}
