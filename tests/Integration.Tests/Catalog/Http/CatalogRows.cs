using Dapper;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Catalog.Http;

/// <summary>Arranges catalog rows with plain SQL on the raw driver, so the adapter is never checked against itself.</summary>
internal sealed class CatalogRows(ThrowawayDatabase database)
{
    public async Task<long> StoreAsync(
        double latitude,
        double longitude,
        string name = "테스트 커피",
        decimal rating = 4.5m,
        int likes = 10,
        int reviews = 3,
        string status = "OPEN",
        string tags = "[\"커피\",\"디저트\"]")
    {
        const string sql = """
            INSERT INTO stores (name, description, address, phone, latitude, longitude, status, pickup_minutes, rating,
                                like_count, review_count, thumbnail_url, tags, created_at, updated_at)
            VALUES (@name, '설명', '서울 중구 세종대로 110', '02-120', @latitude, @longitude, @status, 15, @rating,
                    @likes, @reviews, 'https://img.example/s.png', @tags, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(
            sql, new { name, latitude = (decimal)latitude, longitude = (decimal)longitude, status, rating, likes, reviews, tags });
    }

    public async Task<long> CategoryAsync(long storeId, string name, int displayOrder)
    {
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO menu_categories (store_id, name, display_order) VALUES (@storeId, @name, @displayOrder); SELECT LAST_INSERT_ID();",
            new { storeId, name, displayOrder });
    }

    public async Task<long> MenuAsync(long storeId, long categoryId, string name, int price, int stock, int displayOrder, bool soldOut = false)
    {
        const string sql = """
            INSERT INTO menus (store_id, category_id, name, description, price, stock, sold_out, display_order, image_url)
            VALUES (@storeId, @categoryId, @name, '', @price, @stock, @soldOut, @displayOrder, 'https://img.example/m.png');
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { storeId, categoryId, name, price, stock, soldOut, displayOrder });
    }

    public async Task<long> OptionGroupAsync(long menuId, string name, bool required, int minSelect, int maxSelect, int displayOrder)
    {
        const string sql = """
            INSERT INTO option_groups (menu_id, name, required, min_select, max_select, display_order)
            VALUES (@menuId, @name, @required, @minSelect, @maxSelect, @displayOrder);
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { menuId, name, required, minSelect, maxSelect, displayOrder });
    }

    public async Task<long> OptionAsync(long groupId, string name, int priceDelta, int displayOrder, bool soldOut = false)
    {
        const string sql = """
            INSERT INTO options (group_id, name, price_delta, sold_out, display_order)
            VALUES (@groupId, @name, @priceDelta, @soldOut, @displayOrder);
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { groupId, name, priceDelta, soldOut, displayOrder });
    }

    public Task LikeAsync(long userId, long storeId) => database.ExecuteAsync(
        "INSERT INTO store_likes (user_id, store_id, created_at) VALUES (@userId, @storeId, UTC_TIMESTAMP(6))", new { userId, storeId });

    public Task LikeAtAsync(long userId, long storeId, DateTime createdAtUtc) => database.ExecuteAsync(
        "INSERT INTO store_likes (user_id, store_id, created_at) VALUES (@userId, @storeId, @createdAt)",
        new { userId, storeId, createdAt = createdAtUtc.ToString("yyyy-MM-dd HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture) });

    public Task<int> LikeCountAsync(long storeId) =>
        database.ScalarAsync<int>("SELECT like_count FROM stores WHERE id = @storeId", new { storeId });

    public Task<int> LikeRowsAsync(long storeId) =>
        database.ScalarAsync<int>("SELECT COUNT(*) FROM store_likes WHERE store_id = @storeId", new { storeId });

    public Task<int> LikeRowsAsync(long userId, long storeId) =>
        database.ScalarAsync<int>("SELECT COUNT(*) FROM store_likes WHERE user_id = @userId AND store_id = @storeId", new { userId, storeId });
}
