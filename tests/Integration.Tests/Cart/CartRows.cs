using Dapper;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Cart;

/// <summary>
/// Arranges stores, menus and options and observes cart rows with plain SQL on the raw driver (adapted from
/// CatalogRows), so the adapter is never checked against itself.
/// </summary>
internal sealed class CartRows(ThrowawayDatabase database)
{
    public async Task<long> StoreAsync(string name = "장바구니 카페", string status = "OPEN")
    {
        const string sql = """
            INSERT INTO stores (name, description, address, phone, latitude, longitude, status, pickup_minutes, rating,
                                like_count, review_count, thumbnail_url, tags, created_at, updated_at)
            VALUES (@name, '설명', '서울 중구 세종대로 110', '02-120', 37.5665, 126.978, @status, 15, 4.5,
                    0, 0, NULL, '[]', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { name, status });
    }

    public async Task<long> MenuAsync(long storeId, string name, int price, int stock = 50, bool soldOut = false)
    {
        const string sql = """
            INSERT INTO menu_categories (store_id, name, display_order) VALUES (@storeId, '메뉴', 0);
            INSERT INTO menus (store_id, category_id, name, description, price, stock, sold_out, display_order, image_url)
            VALUES (@storeId, LAST_INSERT_ID(), @name, '', @price, @stock, @soldOut, 0, NULL);
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { storeId, name, price, stock, soldOut });
    }

    public async Task<long> OptionGroupAsync(long menuId, string name, bool required, int minSelect, int maxSelect, int displayOrder = 0)
    {
        const string sql = """
            INSERT INTO option_groups (menu_id, name, required, min_select, max_select, display_order)
            VALUES (@menuId, @name, @required, @minSelect, @maxSelect, @displayOrder);
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { menuId, name, required, minSelect, maxSelect, displayOrder });
    }

    public async Task<long> OptionAsync(long groupId, string name, int priceDelta, bool soldOut = false)
    {
        const string sql = """
            INSERT INTO options (group_id, name, price_delta, sold_out, display_order) VALUES (@groupId, @name, @priceDelta, @soldOut, 0);
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { groupId, name, priceDelta, soldOut });
    }

    public Task SetMenuAsync(long menuId, int price, int stock, bool soldOut) => database.ExecuteAsync(
        "UPDATE menus SET price = @price, stock = @stock, sold_out = @soldOut WHERE id = @menuId", new { menuId, price, stock, soldOut });

    public Task SetOptionSoldOutAsync(long optionId, bool soldOut) =>
        database.ExecuteAsync("UPDATE options SET sold_out = @soldOut WHERE id = @optionId", new { optionId, soldOut });

    public Task SetStoreStatusAsync(long storeId, string status) =>
        database.ExecuteAsync("UPDATE stores SET status = @status WHERE id = @storeId", new { storeId, status });

    /// <summary>The customer's cart lines as stored: (menu, option key, quantity), oldest first.</summary>
    public async Task<List<(long MenuId, string OptionIdsKey, int Quantity)>> LinesAsync(long userId)
    {
        var rows = await database.QueryAsync<(long, string, int)>(
            "SELECT menu_id, option_ids_key, quantity FROM cart_items WHERE user_id = @userId ORDER BY id", new { userId });
        return rows.Select(row => (row.Item1, row.Item2, row.Item3)).ToList();
    }

    public async Task<long?> CartStoreAsync(long userId)
    {
        var stores = await database.QueryAsync<long>("SELECT store_id FROM carts WHERE user_id = @userId", new { userId });
        return stores.Count == 0 ? null : stores[0];
    }

    public Task<long> OptionRowsAsync(long cartItemId) =>
        database.ScalarAsync<long>("SELECT COUNT(*) FROM cart_item_options WHERE cart_item_id = @cartItemId", new { cartItemId });
}
