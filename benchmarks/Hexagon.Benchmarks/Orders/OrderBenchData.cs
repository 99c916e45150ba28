using Dapper;
using MySql.Data.MySqlClient;

namespace Hexagon.Benchmarks.Orders;

/// <summary>
/// What the order benchmarks need from the database before the clock starts, done with plain SQL on the bench database
/// (seeded by Bootstrap --seed-demo): menus a customer can order with no option, on open stores, with the stock wanted.
/// </summary>
internal static class OrderBenchData
{
    /// <summary>Menus no order has used yet, one per store, without a required option, priced for a payable amount.</summary>
    private const string FreeMenus = """
        SELECT MIN(m.id) AS MenuId, m.store_id AS StoreId
        FROM menus m
        WHERE m.price >= 1000
          AND NOT EXISTS (SELECT 1 FROM option_groups g WHERE g.menu_id = m.id AND (g.required OR g.min_select > 0))
          AND NOT EXISTS (SELECT 1 FROM order_items oi WHERE oi.menu_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM cart_items ci WHERE ci.menu_id = m.id)
        GROUP BY m.store_id
        ORDER BY m.store_id {0}
        LIMIT @count
        """;

    /// <summary>
    /// Takes <paramref name="count"/> distinct menus (one per store, so no two customers share a menu or a store), opens their
    /// stores and sets their stock. <paramref name="fromTheEnd"/> picks from the highest store ids (the hot menu), so the
    /// modes never share a menu even when run one after another on one database.
    /// </summary>
    public static async Task<IReadOnlyList<(long StoreId, long MenuId)>> TakeMenusAsync(string connectionString, int count, int stock, bool fromTheEnd = false)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        var menus = (await connection.QueryAsync<(long MenuId, long StoreId)>(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, FreeMenus, fromTheEnd ? "DESC" : "ASC"), new { count })).ToList();
        if (menus.Count < count)
        {
            throw new InvalidOperationException($"only {menus.Count} orderable menus without a required option (need {count}): seed more stores");
        }

        var menuIds = menus.Select(m => m.MenuId).ToArray();
        await connection.ExecuteAsync("UPDATE menus SET stock = @stock, sold_out = FALSE WHERE id IN @menuIds", new { stock, menuIds });
        await connection.ExecuteAsync("UPDATE stores SET status = 'OPEN' WHERE id IN @storeIds", new { storeIds = menus.Select(m => m.StoreId).ToArray() });
        return menus.Select(m => (m.StoreId, m.MenuId)).ToList();
    }
}
