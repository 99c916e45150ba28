using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Adapters.Persistence.Promotions;

/// <summary>
/// Balances (users.point_balance) and their ledger on the scope's <see cref="DbSession"/>.
/// <list type="bullet">
/// <item>A deduction is one conditional UPDATE ... WHERE point_balance >= @points: InnoDB evaluates it on the latest
/// committed balance under the row lock, so concurrent deductions are decided one after another and the balance never
/// goes below zero (the CHECK constraint would refuse it anyway). Never read-then-write.</item>
/// <item>The ledger row copies the balance from the row this transaction just changed and still locks, so its
/// balance_after is exact. That needs the UPDATE and the INSERT in one transaction: the change runs through the unit of
/// work, which joins the caller's transaction when there is one and opens (and retries) its own otherwise.</item>
/// </list>
/// </summary>
public sealed class MySqlPointLedger(DbSession session, IUnitOfWork unitOfWork) : IPointLedger, IPointHistory
{
    private const string InsertLedgerRowSql = """
        INSERT INTO point_ledger (user_id, delta, balance_after, reason, order_id, created_at)
        SELECT id, @delta, point_balance, @reason, @orderId, @createdAt FROM users WHERE id = @userId
        """;

    public async Task<long> BalanceAsync(long userId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var balance = await connection.ExecuteScalarAsync<long?>(
            session.Command("SELECT point_balance FROM users WHERE id = @userId", new { userId }, cancellationToken)).ConfigureAwait(false);
        return balance ?? 0;
    }

    public Task<bool> TryDeductAsync(long userId, long points, string reason, string? orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        var row = LedgerRow(userId, -points, reason, orderId, now);
        if (points == 0)
        {
            return Task.FromResult(true);
        }

        const string sql = "UPDATE users SET point_balance = point_balance - @points WHERE id = @userId AND point_balance >= @points";
        return unitOfWork.ExecuteAsync(
            async token =>
            {
                var connection = await session.GetConnectionAsync(token).ConfigureAwait(false);
                if (await connection.ExecuteAsync(session.Command(sql, new { userId, points }, token)).ConfigureAwait(false) != 1)
                {
                    return false;
                }

                await connection.ExecuteAsync(session.Command(InsertLedgerRowSql, row, token)).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    public Task CreditAsync(long userId, long points, string reason, string? orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        var row = LedgerRow(userId, points, reason, orderId, now);
        if (points == 0)
        {
            return Task.CompletedTask;
        }

        const string sql = "UPDATE users SET point_balance = point_balance + @points WHERE id = @userId";
        return unitOfWork.ExecuteAsync(
            async token =>
            {
                var connection = await session.GetConnectionAsync(token).ConfigureAwait(false);
                if (await connection.ExecuteAsync(session.Command(sql, new { userId, points }, token)).ConfigureAwait(false) != 1)
                {
                    // Points for nobody: a bug in the caller. Throwing rolls the unit of work back.
                    throw new InvalidOperationException($"No user {userId} to credit {points} points to.");
                }

                await connection.ExecuteAsync(session.Command(InsertLedgerRowSql, row, token)).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<PointLedgerEntry>> ListAsync(long userId, PointLedgerPosition? after, int limit, CancellationToken cancellationToken)
    {
        // ix_point_ledger_user (user_id, id) read backwards gives the order and the keyset.
        var keyset = after is null ? "" : "AND id < @afterId";
        var sql = $"""
            SELECT id AS EntryId, delta AS Delta, balance_after AS BalanceAfter, reason AS Reason, order_id AS OrderId, created_at AS CreatedAt
            FROM point_ledger
            WHERE user_id = @userId {keyset}
            ORDER BY id DESC
            LIMIT @limit
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<PointLedgerRow>(
            session.Command(sql, new { userId, afterId = after?.EntryId ?? 0, limit }, cancellationToken)).ConfigureAwait(false);
        return rows.Select(row => row.ToEntry()).ToList();
    }

    private static object LedgerRow(long userId, long delta, string reason, string? orderId, DateTimeOffset now) => new
    {
        userId,
        delta,
        reason = PromotionArguments.Reason(reason, nameof(reason)),
        orderId = PromotionArguments.OptionalOrderId(orderId, nameof(orderId)),
        createdAt = PromotionArguments.Microseconds(now),
    };
}
