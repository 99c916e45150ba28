using System.Globalization;
using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>
/// Likes on the scope's <see cref="DbSession"/>. No statement here depends on the affected-rows flavour of the driver
/// (found rows vs changed rows): the insert never updates and the delete never matches a row it leaves, so 1 and 0
/// mean "added"/"removed" and "nothing to do" on MySQL 8 and MariaDB alike.
/// </summary>
public sealed class MySqlStoreLikes(DbSession session) : IStoreLikes
{
    public async Task<bool> LockStoreAsync(long storeId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var found = await connection.ExecuteScalarAsync<long?>(
            session.Command("SELECT id FROM stores WHERE id = @storeId FOR UPDATE", new { storeId }, cancellationToken)).ConfigureAwait(false);
        return found is not null;
    }

    public async Task<bool> AddAsync(long userId, long storeId, DateTimeOffset likedAt, CancellationToken cancellationToken)
    {
        // The NOT EXISTS read is a locking (current) read inside INSERT ... SELECT; with the store row locked first,
        // no other transaction can add the same pair in between.
        const string sql = """
            INSERT INTO store_likes (user_id, store_id, created_at)
            SELECT @userId, @storeId, @likedAt FROM DUAL
            WHERE NOT EXISTS (SELECT 1 FROM store_likes WHERE user_id = @userId AND store_id = @storeId)
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(
            session.Command(sql, new { userId, storeId, likedAt = likedAt.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<bool> RemoveAsync(long userId, long storeId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await connection.ExecuteAsync(session.Command(
            "DELETE FROM store_likes WHERE user_id = @userId AND store_id = @storeId", new { userId, storeId }, cancellationToken)).ConfigureAwait(false);
        return deleted == 1;
    }

    public async Task AdjustCountAsync(long storeId, int delta, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE stores SET like_count = GREATEST(0, like_count + @delta) WHERE id = @storeId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new { storeId, delta }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<LikedStore>> ListLikedAsync(
        long userId, LikedStorePosition? after, int limit, CancellationToken cancellationToken)
    {
        // ix_store_likes_user_created (user_id, created_at, store_id) read backwards gives the order and the keyset.
        var keyset = after is null ? "" : "AND (l.created_at < @afterAt OR (l.created_at = @afterAt AND l.store_id < @afterId))";
        var sql = $"""
            SELECT s.id AS Id, s.name AS Name, s.rating AS Rating, s.like_count AS LikeCount, s.review_count AS ReviewCount,
                   s.thumbnail_url AS ThumbnailUrl, s.pickup_minutes AS PickupMinutes, s.status AS Status, s.tags AS Tags,
                   l.created_at AS LikedAt
            FROM store_likes l JOIN stores s ON s.id = l.store_id
            WHERE l.user_id = @userId {keyset}
            ORDER BY l.created_at DESC, l.store_id DESC
            LIMIT @limit
            """;
        var parameters = new
        {
            userId,
            // As text with all six decimals, so the comparison is exact whatever the driver does with a DateTime's ticks.
            afterAt = (after?.LikedAt ?? DateTimeOffset.UnixEpoch).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            afterId = after?.StoreId ?? 0,
            limit,
        };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<LikedStoreRow>(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
        return rows.Select(row => row.ToLikedStore()).ToList();
    }
}
