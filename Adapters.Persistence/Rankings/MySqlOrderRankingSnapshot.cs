using System.Data.Common;
using Dapper;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>
/// The rebuild's reads. An order counts unless it was taken back out (CANCELED, REJECTED, AUTO_CANCELED); its
/// Korean day is DATE(created_at + 9 h), created_at being UTC. The transaction is only ever rolled back: it reads.
/// </summary>
internal sealed class MySqlOrderRankingSnapshot(DbConnection connection, DbTransaction transaction) : IOrderRankingSnapshot
{
    private const string TakenBack = "status IN ('CANCELED', 'REJECTED', 'AUTO_CANCELED')";

    public async Task<IReadOnlyList<DailyStoreTotals>> DailyTotalsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT store_id AS StoreId, DATE(created_at + INTERVAL 9 HOUR) AS KoreanDate,
                   COUNT(*) AS Orders, CAST(SUM(total_amount) AS SIGNED) AS Revenue
            FROM orders
            WHERE created_at >= @since AND NOT {TakenBack}
            GROUP BY store_id, DATE(created_at + INTERVAL 9 HOUR)
            """;
        var rows = await connection.QueryAsync<DailyTotalsRow>(Command(sql, new { since = since.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
        return rows.Select(row => new DailyStoreTotals(row.StoreId, DateOnly.FromDateTime(row.KoreanDate), row.Orders, row.Revenue)).ToList();
    }

    public async Task<IReadOnlyList<StoreTotals>> AllTimeTotalsAsync(CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT store_id AS StoreId, COUNT(*) AS Orders, CAST(SUM(total_amount) AS SIGNED) AS Revenue
            FROM orders WHERE NOT {TakenBack} GROUP BY store_id
            """;
        var rows = await connection.QueryAsync<StoreTotals>(Command(sql, null, cancellationToken)).ConfigureAwait(false);
        return rows.ToList();
    }

    public async Task<IReadOnlyList<OrderMark>> MarksAsync(long afterId, int limit, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT id AS Id, order_no AS OrderNo, created_at AS CreatedAt, ({TakenBack}) AS Cancelled
            FROM orders WHERE id > @afterId ORDER BY id LIMIT @limit
            """;
        var rows = await connection.QueryAsync<OrderMarkRow>(Command(sql, new { afterId, limit }, cancellationToken)).ConfigureAwait(false);
        return rows
            .Select(row => new OrderMark(row.Id, row.OrderNo, new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc)), row.Cancelled != 0))
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
