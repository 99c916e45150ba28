using Dapper;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Rankings.CountOrders;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>
/// The orders the rebuild tests start from (counted and taken back out, around the Korean day boundary, in kept and
/// forgotten periods as of <see cref="Now"/>), written to MySQL or delivered as their outbox messages.
/// </summary>
internal static class RebuildOrders
{
    // Sunday 2026-11-22, 12:00 in Korea.
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    public static readonly TestOrder[] Orders =
    [
        new("r-1", 1, 10_000, Now.AddHours(-1), "PAID"),
        new("r-2", 1, 5_000, new DateTimeOffset(2026, 11, 21, 14, 59, 59, TimeSpan.Zero), "ACCEPTED"), // Korea: the 21st, 23:59:59
        new("r-3", 2, 7_000, new DateTimeOffset(2026, 11, 21, 15, 0, 0, TimeSpan.Zero), "PICKED_UP"), // Korea: the 22nd, 00:00
        new("r-4", 2, 8_000, Now.AddHours(-2), "CANCELED"),
        new("r-5", 3, 9_000, new DateTimeOffset(2026, 11, 10, 1, 0, 0, TimeSpan.Zero), "READY"), // week 46 only
        new("r-6", 3, 4_000, new DateTimeOffset(2026, 9, 1, 1, 0, 0, TimeSpan.Zero), "PAID"), // all-time only
        new("r-7", 1, 3_000, new DateTimeOffset(2026, 11, 19, 16, 0, 0, TimeSpan.Zero), "REJECTED"),
        new("r-8", 2, 2_000, new DateTimeOffset(2026, 11, 5, 0, 0, 0, TimeSpan.Zero), "AUTO_CANCELED"),
        new("r-9", 3, 6_000, Now.AddMinutes(-5), "PAID"),
    ];

    public static async Task DeliverEveryMessageAsync(RankingRedis redis)
    {
        IOutboxHandler placed = new RankingOrderPlacedHandler(redis.Counter), cancelled = new RankingOrderCancelledHandler(redis.Counter);
        foreach (var order in Orders)
        {
            await placed.HandleAsync(OrderMessages.Placed(order.OrderNo, order.StoreId, order.Amount, order.PlacedAt), CancellationToken.None);
            if (order.Status is "CANCELED" or "REJECTED" or "AUTO_CANCELED")
            {
                await cancelled.HandleAsync(OrderMessages.Cancelled(order.OrderNo, order.StoreId, order.Amount, order.PlacedAt), CancellationToken.None);
            }
        }
    }

    public static async Task InsertAsync(ThrowawayDatabase database)
    {
        // Users, stores and checkouts do not matter to rankings: the foreign keys are off for this arrangement only.
        await using var connection = await database.OpenRawAsync();
        await connection.ExecuteAsync("SET FOREIGN_KEY_CHECKS = 0");
        foreach (var order in Orders)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO orders (order_no, user_id, store_id, store_name, status, subtotal, coupon_amount, point_amount, total_amount,
                                    payment_key, payment_method, created_at, updated_at)
                VALUES (@OrderNo, 1, @StoreId, '가게', @Status, @Amount, 0, 0, @Amount, 'pk', '카드', @CreatedAt, @CreatedAt)
                """,
                new { order.OrderNo, order.StoreId, order.Status, order.Amount, CreatedAt = order.PlacedAt.UtcDateTime });
        }
    }

    internal sealed record TestOrder(string OrderNo, long StoreId, long Amount, DateTimeOffset PlacedAt, string Status);
}
