using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Promotions.Ports;
using Hexagon.Application.Promotions.SeedDemo;

namespace Hexagon.Adapters.Persistence.Promotions;

/// <summary>The demo customer's ledger entry and coupons on the scope's <see cref="DbSession"/> (the seeder's unit of work).</summary>
public sealed class MySqlDemoPromotionsWriter(DbSession session) : IDemoPromotionsWriter
{
    public async Task RecordWelcomePointsAsync(long userId, long points, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        const string sql = """
            INSERT INTO point_ledger (user_id, delta, balance_after, reason, order_id, created_at)
            SELECT @userId, @points, @points, @reason, NULL, @createdAt FROM DUAL
            WHERE NOT EXISTS (SELECT 1 FROM point_ledger WHERE user_id = @userId)
            """;
        var parameters = new { userId, points, reason = PromotionArguments.Reason(reason, nameof(reason)), createdAt = PromotionArguments.Microseconds(now) };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
    }

    public async Task IssueCouponsAsync(long userId, IReadOnlyList<DemoCoupon> coupons, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coupons);
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var holdsAny = await connection.ExecuteScalarAsync<bool>(session.Command(
            "SELECT EXISTS (SELECT 1 FROM user_coupons WHERE user_id = @userId)", new { userId }, cancellationToken)).ConfigureAwait(false);
        if (holdsAny)
        {
            return;
        }

        // A handful of rows: one coupon and its copy at a time, the copy naming the coupon by LAST_INSERT_ID().
        const string sql = """
            INSERT INTO coupons (name, store_id, discount_amount, minimum_order_amount, valid_from, valid_until, created_at)
            VALUES (@Name, @StoreId, @DiscountAmount, @MinimumOrderAmount, @validFrom, @validUntil, @now);
            INSERT INTO user_coupons (user_id, coupon_id, issued_at) VALUES (@userId, LAST_INSERT_ID(), @now);
            """;
        foreach (var coupon in coupons)
        {
            await connection.ExecuteAsync(session.Command(sql, new
            {
                coupon.Name,
                coupon.StoreId,
                coupon.DiscountAmount,
                coupon.MinimumOrderAmount,
                validFrom = PromotionArguments.Microseconds(coupon.ValidFrom),
                validUntil = PromotionArguments.Microseconds(coupon.ValidUntil),
                now = PromotionArguments.Microseconds(now),
                userId,
            }, cancellationToken)).ConfigureAwait(false);
        }
    }
}
