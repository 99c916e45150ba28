using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Ordering.Ports;
using Hexagon.Domain.Ordering;

namespace Hexagon.Adapters.Persistence.Ordering;

/// <summary>Orders, their lines and status history on the scope's <see cref="DbSession"/>.</summary>
public sealed class MySqlOrderRepository(DbSession session) : IOrderRepository
{
    public async Task<long> AddAsync(Order order, OrderTransition placed, CancellationToken cancellationToken)
    {
        // The store's name is copied from stores as it is now: a receipt keeps the name the buyer ordered from. It is read
        // first and inserted with VALUES on purpose: an INSERT ... SELECT is a "bulk insert" to InnoDB and, with
        // innodb_autoinc_lock_mode=1, holds the table-wide AUTO-INC lock for the whole statement, which serialised every
        // order placement (seen in the hot-menu benchmark). A VALUES insert takes only a short mutex.
        const string insertOrder = """
            INSERT INTO orders (order_no, user_id, store_id, store_name, status, subtotal, coupon_amount, point_amount,
                                total_amount, user_coupon_id, request_note, payment_key, payment_method, approved_at,
                                created_at, updated_at)
            VALUES (@OrderNo, @UserId, @StoreId, @StoreName, @Status, @Subtotal, @CouponAmount, @PointAmount,
                    @TotalAmount, @UserCouponId, @RequestNote, @PaymentKey, @PaymentMethod, @ApprovedAt, @CreatedAt, @CreatedAt);
            SELECT LAST_INSERT_ID();
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var storeName = await connection.ExecuteScalarAsync<string>(session.Command(
            "SELECT name FROM stores WHERE id = @StoreId", new { order.StoreId }, cancellationToken)).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Store {order.StoreId} of order {order.OrderNo} does not exist.");
        var orderId = await connection.ExecuteScalarAsync<long>(session.Command(insertOrder, new
        {
            order.OrderNo, order.UserId, order.StoreId, StoreName = storeName, Status = order.Status.Code(), order.Subtotal, order.CouponAmount,
            order.PointAmount, order.TotalAmount, order.UserCouponId, order.RequestNote, order.PaymentKey, order.PaymentMethod,
            ApprovedAt = order.ApprovedAt?.UtcDateTime, CreatedAt = order.CreatedAt.UtcDateTime,
        }, cancellationToken)).ConfigureAwait(false);

        foreach (var line in order.Lines)
        {
            var itemId = await connection.ExecuteScalarAsync<long>(session.Command("""
                INSERT INTO order_items (order_id, menu_id, name, quantity, unit_price, line_amount)
                VALUES (@orderId, @MenuId, @Name, @Quantity, @UnitPrice, @LineAmount);
                SELECT LAST_INSERT_ID();
                """, new { orderId, line.MenuId, line.Name, line.Quantity, line.UnitPrice, line.LineAmount }, cancellationToken)).ConfigureAwait(false);
            foreach (var option in line.Options)
            {
                await connection.ExecuteAsync(session.Command(
                    "INSERT INTO order_item_options (order_item_id, option_id, name, price) VALUES (@itemId, @OptionId, @Name, @Price)",
                    new { itemId, option.OptionId, option.Name, option.Price }, cancellationToken)).ConfigureAwait(false);
            }
        }

        await AppendHistoryAsync(orderId, placed, cancellationToken).ConfigureAwait(false);
        return orderId;
    }

    public Task<Order?> FindAsync(string orderNo, CancellationToken cancellationToken) => ReadOneAsync(orderNo, forUpdate: false, cancellationToken);

    public Task<Order?> LockAsync(string orderNo, CancellationToken cancellationToken) => ReadOneAsync(orderNo, forUpdate: true, cancellationToken);

    public async Task MoveAsync(long orderId, OrderTransition transition, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(
            "UPDATE orders SET status = @status, updated_at = @at WHERE id = @orderId",
            new { orderId, status = transition.To.Code(), at = transition.At.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
        await AppendHistoryAsync(orderId, transition, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Order>> ListAsync(long userId, long? beforeOrderId, int limit, CancellationToken cancellationToken)
    {
        // ix_orders_user (user_id, id) read backwards gives the order and the keyset.
        var keyset = beforeOrderId is null ? "" : "AND o.id < @beforeOrderId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<OrderRow>(session.Command(
            $"SELECT {OrderRow.Columns} FROM orders o WHERE o.user_id = @userId {keyset} ORDER BY o.id DESC LIMIT @limit",
            new { userId, beforeOrderId, limit }, cancellationToken)).ConfigureAwait(false)).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var lines = await OrderLinesReader.LinesAsync(session, connection, rows.Select(row => row.Id).ToList(), cancellationToken).ConfigureAwait(false);
        return rows.Select(row => row.ToOrder(lines[row.Id].ToList(), [])).ToList();
    }

    private async Task<Order?> ReadOneAsync(string orderNo, bool forUpdate, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<OrderRow>(session.Command(
            $"SELECT {OrderRow.Columns} FROM orders o WHERE o.order_no = @orderNo{(forUpdate ? " FOR UPDATE" : "")}",
            new { orderNo }, cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var lines = await OrderLinesReader.LinesAsync(session, connection, [row.Id], cancellationToken).ConfigureAwait(false);
        var history = forUpdate ? [] : await OrderLinesReader.HistoryAsync(session, connection, row.Id, cancellationToken).ConfigureAwait(false);
        return row.ToOrder(lines[row.Id].ToList(), history);
    }

    private async Task AppendHistoryAsync(long orderId, OrderTransition transition, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command("""
            INSERT INTO order_status_history (order_id, from_status, to_status, actor, reason, created_at)
            VALUES (@orderId, @from, @to, @Actor, @Reason, @at)
            """, new
        {
            orderId, from = transition.From?.Code(), to = transition.To.Code(), transition.Actor, transition.Reason, at = transition.At.UtcDateTime,
        }, cancellationToken)).ConfigureAwait(false);
    }
}
