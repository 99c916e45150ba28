using System.Data.Common;
using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Domain.Ordering;

namespace Hexagon.Adapters.Persistence.Ordering;

/// <summary>Reads the lines (with options) and the history of a set of orders in two or three queries, not one per order.</summary>
internal static class OrderLinesReader
{
    public static async Task<ILookup<long, OrderLine>> LinesAsync(
        DbSession session, DbConnection connection, IReadOnlyCollection<long> orderIds, CancellationToken cancellationToken)
    {
        var items = (await connection.QueryAsync<OrderItemRow>(session.Command("""
            SELECT id AS Id, order_id AS OrderId, menu_id AS MenuId, name AS Name, quantity AS Quantity,
                   unit_price AS UnitPrice, line_amount AS LineAmount
            FROM order_items WHERE order_id IN @orderIds ORDER BY id
            """, new { orderIds }, cancellationToken)).ConfigureAwait(false)).ToList();
        var itemIds = items.Select(item => item.Id).ToList();
        var options = itemIds.Count == 0
            ? []
            : (await connection.QueryAsync<OrderItemOptionRow>(session.Command("""
                SELECT order_item_id AS OrderItemId, option_id AS OptionId, name AS Name, price AS Price
                FROM order_item_options WHERE order_item_id IN @itemIds ORDER BY option_id
                """, new { itemIds }, cancellationToken)).ConfigureAwait(false)).ToList();
        var optionsByItem = options.ToLookup(option => option.OrderItemId, option => new OrderLineOption(option.OptionId, option.Name, option.Price));
        return items.ToLookup(
            item => item.OrderId,
            item => new OrderLine(item.MenuId, item.Name, item.Quantity, item.UnitPrice, item.LineAmount, optionsByItem[item.Id].ToList()));
    }

    public static async Task<IReadOnlyList<OrderTransition>> HistoryAsync(
        DbSession session, DbConnection connection, long orderId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<OrderHistoryRow>(session.Command("""
            SELECT order_id AS OrderId, from_status AS FromStatus, to_status AS ToStatus, actor AS Actor, reason AS Reason,
                   created_at AS CreatedAt
            FROM order_status_history WHERE order_id = @orderId ORDER BY id
            """, new { orderId }, cancellationToken)).ConfigureAwait(false);
        return rows.Select(row => row.ToTransition()).ToList();
    }
}
