using System.Globalization;
using Dapper;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Promotions;

/// <summary>Arranges and observes coupon and point rows with plain SQL on the raw driver, never through the adapter.</summary>
internal sealed class PromotionRows(ThrowawayDatabase database)
{
    public static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    public async Task<long> UserAsync(long points = 0)
    {
        const string sql = """
            INSERT INTO users (email, password_hash, nickname, role, point_balance, created_at, updated_at)
            VALUES (@email, 'not-a-hash', '포인트러버', 'CUSTOMER', @points, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { email = $"p-{Guid.NewGuid():N}@example.com", points });
    }

    public async Task<long> StoreAsync(string name)
    {
        const string sql = """
            INSERT INTO stores (name, address, phone, latitude, longitude, pickup_minutes, tags, created_at, updated_at)
            VALUES (@name, '서울 중구 세종대로 110', '02-120', 10.0, 10.0, 15, '[]', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { name });
    }

    /// <summary>Creates a coupon and issues it to <paramref name="userId"/>; returns the user coupon id.</summary>
    public async Task<long> IssueAsync(
        long userId, string name, DateTimeOffset validFrom, DateTimeOffset validUntil, long? storeId = null, int discount = 1_000, int minimum = 0, string? usedBy = null)
    {
        const string sql = """
            INSERT INTO coupons (name, store_id, discount_amount, minimum_order_amount, valid_from, valid_until, created_at)
            VALUES (@name, @storeId, @discount, @minimum, @validFrom, @validUntil, UTC_TIMESTAMP(6));
            INSERT INTO user_coupons (user_id, coupon_id, issued_at, used_at, used_order_id)
            VALUES (@userId, LAST_INSERT_ID(), UTC_TIMESTAMP(6), IF(@usedBy IS NULL, NULL, UTC_TIMESTAMP(6)), @usedBy);
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new
        {
            userId, name, storeId, discount, minimum, usedBy, validFrom = Text(validFrom), validUntil = Text(validUntil),
        });
    }

    public async Task<long> LedgerAsync(long userId, long delta, long balanceAfter, string reason, string? orderId, DateTimeOffset createdAt)
    {
        const string sql = """
            INSERT INTO point_ledger (user_id, delta, balance_after, reason, order_id, created_at)
            VALUES (@userId, @delta, @balanceAfter, @reason, @orderId, @createdAt);
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { userId, delta, balanceAfter, reason, orderId, createdAt = Text(createdAt) });
    }

    public Task<long> BalanceAsync(long userId) =>
        database.ScalarAsync<long>("SELECT point_balance FROM users WHERE id = @userId", new { userId });

    public Task<List<(long Delta, long BalanceAfter, string Reason, string? OrderId)>> LedgerOfAsync(long userId) =>
        database.QueryAsync<(long, long, string, string?)>(
            "SELECT delta, balance_after, reason, order_id FROM point_ledger WHERE user_id = @userId ORDER BY id", new { userId });

    public async Task<(DateTime? UsedAt, string? OrderId)> UsageAsync(long userCouponId) =>
        (await database.QueryAsync<(DateTime?, string?)>(
            "SELECT used_at, used_order_id FROM user_coupons WHERE id = @userCouponId", new { userCouponId })).Single();
}
