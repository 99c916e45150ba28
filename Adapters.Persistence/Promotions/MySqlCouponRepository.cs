using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Promotions.Ports;
using Hexagon.Domain.Promotions;

namespace Hexagon.Adapters.Persistence.Promotions;

/// <summary>
/// User coupons on the scope's <see cref="DbSession"/>. Using and releasing are single conditional UPDATEs, so they are
/// atomic with or without a unit of work: InnoDB re-checks the WHERE on the latest committed row under its lock, so of
/// two racing updates exactly one matches. Each UPDATE always changes the row it matches, so the driver's affected-rows
/// flavour (found vs changed) gives the same count on MySQL 8 and MariaDB.
/// </summary>
public sealed class MySqlCouponRepository(DbSession session) : ICouponRepository, IUsableCoupons
{
    public async Task<UserCoupon?> FindOwnedAsync(long userId, long userCouponId, CancellationToken cancellationToken)
    {
        // The owner is part of the key: someone else's coupon is simply not found.
        var sql = $"""
            SELECT {UserCouponRow.Columns}
            FROM user_coupons uc JOIN coupons c ON c.id = uc.coupon_id
            WHERE uc.id = @userCouponId AND uc.user_id = @userId
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<UserCouponRow>(
            session.Command(sql, new { userId, userCouponId }, cancellationToken)).ConfigureAwait(false);
        return row?.ToUserCoupon();
    }

    public async Task<bool> TryMarkUsedAsync(long userCouponId, string orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE user_coupons SET used_at = @usedAt, used_order_id = @orderId
            WHERE id = @userCouponId AND used_at IS NULL
            """;
        var parameters = new { userCouponId, orderId = PromotionArguments.OrderId(orderId, nameof(orderId)), usedAt = PromotionArguments.Microseconds(now) };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false) == 1;
    }

    public async Task ReleaseAsync(long userCouponId, string orderId, CancellationToken cancellationToken)
    {
        // Matching on the order keeps a late cancellation of order A from freeing the coupon order B holds now.
        const string sql = """
            UPDATE user_coupons SET used_at = NULL, used_order_id = NULL
            WHERE id = @userCouponId AND used_order_id = @orderId
            """;
        var parameters = new { userCouponId, orderId = PromotionArguments.OrderId(orderId, nameof(orderId)) };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<UsableCoupon>> ListUsableAsync(long userId, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        // ix_user_coupons_user_used finds the customer's unused rows; validity is checked on each one's coupon.
        const string sql = """
            SELECT uc.id AS UserCouponId, c.id AS CouponId, c.name AS Name, c.store_id AS StoreId, s.name AS StoreName,
                   c.discount_amount AS DiscountAmount, c.minimum_order_amount AS MinimumOrderAmount,
                   c.valid_from AS ValidFrom, c.valid_until AS ValidUntil
            FROM user_coupons uc
            JOIN coupons c ON c.id = uc.coupon_id
            LEFT JOIN stores s ON s.id = c.store_id
            WHERE uc.user_id = @userId AND uc.used_at IS NULL AND c.valid_from <= @now AND c.valid_until > @now
            ORDER BY c.valid_until, uc.id
            LIMIT @limit
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<UsableCouponRow>(
            session.Command(sql, new { userId, now = PromotionArguments.Microseconds(now), limit }, cancellationToken)).ConfigureAwait(false);
        return rows.Select(row => row.ToUsableCoupon()).ToList();
    }
}
