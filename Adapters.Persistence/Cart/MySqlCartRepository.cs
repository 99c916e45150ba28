using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Cart.Ports;

namespace Hexagon.Adapters.Persistence.Cart;

/// <summary>
/// The cart's writes on the scope's <see cref="DbSession"/>. No answer here depends on the driver's affected-rows
/// flavour (found rows vs changed rows): "is there such a line" is a locking SELECT, deletes only count rows they
/// really removed, and the merging insert reports its line through LAST_INSERT_ID, not through a row count.
/// </summary>
public sealed class MySqlCartRepository(DbSession session) : ICartRepository
{
    public async Task<CartStore?> FindStoreAsync(long storeId, CancellationToken cancellationToken)
    {
        const string sql = "SELECT id AS StoreId, name AS Name, status AS Status FROM stores WHERE id = @storeId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<CartStoreRow>(session.Command(sql, new { storeId }, cancellationToken)).ConfigureAwait(false);
        return row?.ToStore();
    }

    public async Task<CartHold> HoldCartAsync(long userId, long storeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The upsert locks the row whether it inserts or finds it: a second add of the same customer waits here,
        // even when both started with no cart at all (a SELECT ... FOR UPDATE of a missing row would lock nothing
        // under READ COMMITTED). The existing cart's store is left as it is for the caller to judge.
        const string upsert = """
            INSERT INTO carts (user_id, store_id, updated_at) VALUES (@userId, @storeId, @now)
            ON DUPLICATE KEY UPDATE updated_at = VALUES(updated_at)
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(upsert, new { userId, storeId, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
        return await LockCartAsync(userId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The cart of user {userId} vanished inside its own transaction.");
    }

    public async Task<CartHold?> LockCartAsync(long userId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.store_id AS StoreId, (SELECT COUNT(*) FROM cart_items ci WHERE ci.user_id = c.user_id) AS LineCount
            FROM carts c WHERE c.user_id = @userId FOR UPDATE
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<CartHoldRow>(session.Command(sql, new { userId }, cancellationToken)).ConfigureAwait(false);
        return row?.ToHold();
    }

    public async Task SwitchStoreAsync(long userId, long storeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            DELETE FROM cart_items WHERE user_id = @userId;
            UPDATE carts SET store_id = @storeId, updated_at = @now WHERE user_id = @userId;
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new { userId, storeId, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<CartLineQuantity?> FindLineAsync(long userId, long menuId, string optionIdsKey, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT id AS CartItemId, quantity AS Quantity FROM cart_items
            WHERE user_id = @userId AND menu_id = @menuId AND option_ids_key = @optionIdsKey FOR UPDATE
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<CartLineQuantityRow>(
            session.Command(sql, new { userId, menuId, optionIdsKey }, cancellationToken)).ConfigureAwait(false);
        return row?.ToLine();
    }

    public async Task<long> AddLineAsync(long userId, NewCartLine line, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        // LAST_INSERT_ID(id) on the duplicate path makes the next SELECT LAST_INSERT_ID() name the merged line too.
        // VALUES() rather than MySQL 8.0.19's row alias: MariaDB has no row alias.
        const string insert = """
            INSERT INTO cart_items (user_id, menu_id, quantity, option_ids_key, created_at)
            VALUES (@userId, @menuId, @quantity, @optionIdsKey, @now)
            ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id), quantity = quantity + VALUES(quantity);
            SELECT LAST_INSERT_ID();
            """;
        const string options = """
            INSERT INTO cart_item_options (cart_item_id, option_id) VALUES (@cartItemId, @optionId)
            ON DUPLICATE KEY UPDATE option_id = option_id
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { userId, menuId = line.MenuId, quantity = line.Quantity, optionIdsKey = line.OptionIdsKey, now = now.UtcDateTime };
        var cartItemId = await connection.ExecuteScalarAsync<long>(session.Command(insert, parameters, cancellationToken)).ConfigureAwait(false);
        if (line.OptionIds.Count > 0)
        {
            var rows = line.OptionIds.Distinct().Select(optionId => new { cartItemId, optionId }).ToArray();
            await connection.ExecuteAsync(session.Command(options, rows, cancellationToken)).ConfigureAwait(false);
        }

        return cartItemId;
    }

    public async Task<bool> SetQuantityAsync(long userId, long cartItemId, int quantity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string find = "SELECT id FROM cart_items WHERE id = @cartItemId AND user_id = @userId FOR UPDATE";
        const string update = """
            UPDATE cart_items SET quantity = @quantity WHERE id = @cartItemId AND user_id = @userId;
            UPDATE carts SET updated_at = @now WHERE user_id = @userId;
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var found = await connection.ExecuteScalarAsync<long?>(session.Command(find, new { userId, cartItemId }, cancellationToken)).ConfigureAwait(false);
        if (found is null)
        {
            return false;
        }

        await connection.ExecuteAsync(
            session.Command(update, new { userId, cartItemId, quantity, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> RemoveLineAsync(long userId, long cartItemId, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM cart_items WHERE id = @cartItemId AND user_id = @userId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await connection.ExecuteAsync(session.Command(sql, new { userId, cartItemId }, cancellationToken)).ConfigureAwait(false);
        return deleted == 1;
    }

    public async Task DeleteCartAsync(long userId, CancellationToken cancellationToken)
    {
        // Lines and their options go by ON DELETE CASCADE.
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command("DELETE FROM carts WHERE user_id = @userId", new { userId }, cancellationToken)).ConfigureAwait(false);
    }
}
