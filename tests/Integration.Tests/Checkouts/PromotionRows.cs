using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Checkouts;

/// <summary>Gives customers coupons and points, and reads checkouts and payments back, with plain SQL.</summary>
internal sealed class PromotionRows(ThrowawayDatabase database)
{
    public async Task<long> CouponAsync(
        long userId, int discount, int minimumOrder = 0, long? storeId = null, DateTime? validFrom = null, DateTime? validUntil = null)
    {
        const string sql = """
            INSERT INTO coupons (name, store_id, discount_amount, minimum_order_amount, valid_from, valid_until, created_at)
            VALUES ('테스트 쿠폰', @storeId, @discount, @minimumOrder, @validFrom, @validUntil, UTC_TIMESTAMP(6));
            INSERT INTO user_coupons (user_id, coupon_id, issued_at) VALUES (@userId, LAST_INSERT_ID(), UTC_TIMESTAMP(6));
            SELECT LAST_INSERT_ID();
            """;
        return await database.ScalarAsync<long>(sql, new
        {
            userId,
            storeId,
            discount,
            minimumOrder,
            validFrom = validFrom ?? DateTime.UtcNow.AddDays(-1),
            validUntil = validUntil ?? DateTime.UtcNow.AddDays(30),
        });
    }

    public Task PointsAsync(long userId, long balance) =>
        database.ExecuteAsync("UPDATE users SET point_balance = @balance WHERE id = @userId", new { userId, balance });

    public Task<string> CheckoutStatusAsync(string orderId) =>
        database.ScalarAsync<string>("SELECT status FROM checkouts WHERE order_id = @orderId", new { orderId });

    public Task ExpireCheckoutAsync(string orderId) => database.ExecuteAsync(
        "UPDATE checkouts SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE order_id = @orderId", new { orderId });

    public Task<long> PaymentRowsAsync(string orderId) =>
        database.ScalarAsync<long>("SELECT COUNT(*) FROM payments WHERE order_id = @orderId", new { orderId });

    public Task<long> CheckoutRowsAsync(long userId) =>
        database.ScalarAsync<long>("SELECT COUNT(*) FROM checkouts WHERE user_id = @userId", new { userId });
}
