using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Ordering;

/// <summary>Reads orders, stock, refunds and outbox rows with plain SQL, so the adapters are never checked against themselves.</summary>
internal sealed class OrderRows(ThrowawayDatabase database)
{
    public Task<long> OrdersAsync(string orderNo) =>
        database.ScalarAsync<long>("SELECT COUNT(*) FROM orders WHERE order_no = @orderNo", new { orderNo });

    public Task<long> OrdersOfStoreAsync(long storeId) =>
        database.ScalarAsync<long>("SELECT COUNT(*) FROM orders WHERE store_id = @storeId", new { storeId });

    public Task<int> StockAsync(long menuId) => database.ScalarAsync<int>("SELECT stock FROM menus WHERE id = @menuId", new { menuId });

    public Task<string> RefundStatusAsync(string orderNo) => database.ScalarAsync<string>(
        "SELECT COALESCE(MAX(status), 'NONE') FROM payment_refunds WHERE order_id = @orderNo", new { orderNo });

    public Task<long> DoneRefundsAsync(IEnumerable<string> orderNos) => database.ScalarAsync<long>(
        "SELECT COUNT(*) FROM payment_refunds WHERE order_id IN @orderNos AND status = 'DONE'", new { orderNos });

    public Task<long> OutboxAsync(string type, string orderNo) => database.ScalarAsync<long>(
        "SELECT COUNT(*) FROM outbox_messages WHERE type = @type AND payload LIKE CONCAT('%', @orderNo, '%')", new { type, orderNo });

    public Task<long> CartLinesAsync(long userId) =>
        database.ScalarAsync<long>("SELECT COUNT(*) FROM cart_items WHERE user_id = @userId", new { userId });

    public Task<bool> CouponIsUsedAsync(long userCouponId) => database.ScalarAsync<bool>(
        "SELECT used_at IS NOT NULL FROM user_coupons WHERE id = @userCouponId", new { userCouponId });

    public Task<long> PointsAsync(long userId) => database.ScalarAsync<long>("SELECT point_balance FROM users WHERE id = @userId", new { userId });

    public Task AcceptAsync(string orderNo) =>
        database.ExecuteAsync("UPDATE orders SET status = 'ACCEPTED' WHERE order_no = @orderNo", new { orderNo });
}
