using System.Text.Json;
using Dapper;
using Hexagon.Application.Ordering.PlaceOrder;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Notifications;

/// <summary>Arranges and observes users, stores, device tokens and notifications with plain SQL, never through the adapter.</summary>
internal sealed class NotificationRows(ThrowawayDatabase database)
{
    public async Task<long> UserAsync()
    {
        const string sql = """
            INSERT INTO users (email, password_hash, nickname, created_at, updated_at)
            VALUES (@email, 'not-a-hash', '알림러버', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
            SELECT LAST_INSERT_ID();
            """;
        await using var connection = await database.OpenRawAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { email = $"n-{Guid.NewGuid():N}@example.com" });
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

    public Task DeviceTokenAsync(long userId, string token) => database.ExecuteAsync(
        "INSERT INTO device_tokens (token, user_id, platform, created_at, updated_at) VALUES (@token, @userId, 'android', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
        new { token, userId });

    public Task<List<string>> DeviceTokensAsync(long userId) =>
        database.QueryAsync<string>("SELECT token FROM device_tokens WHERE user_id = @userId ORDER BY token", new { userId });

    public Task<long> NotificationAsync(long userId, string orderNo, DateTime createdAt, bool read = false) => database.ScalarAsync<long>("""
        INSERT INTO notifications (user_id, type, title, body, order_no, read_at, created_at)
        VALUES (@userId, 'ORDER_PAID', '결제 완료', @body, @orderNo, @readAt, @createdAt);
        SELECT LAST_INSERT_ID();
        """, new { userId, body = $"{orderNo} 결제가 완료되었어요.", orderNo, readAt = read ? createdAt : (DateTime?)null, createdAt });

    public Task<List<string>> NotificationBodiesAsync(long userId) =>
        database.QueryAsync<string>("SELECT CONCAT(type, ' ', order_no, ' ', body) FROM notifications WHERE user_id = @userId ORDER BY id", new { userId });

    public async Task<DateTime?> ReadAtAsync(long notificationId) =>
        (await database.QueryAsync<DateTime?>("SELECT read_at FROM notifications WHERE id = @notificationId", new { notificationId })).Single();

    public static string OrderPaidPayload(string orderNo, long userId, long storeId) => JsonSerializer.Serialize(
        new OrderEventPayload(orderNo, userId, storeId, 12000, new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero)),
        new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
