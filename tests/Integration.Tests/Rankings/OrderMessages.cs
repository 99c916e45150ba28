using System.Text.Json;
using Hexagon.Application.Ordering.PlaceOrder;
using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>Order outbox messages as the ordering code writes them (the same payload record, the same JSON rules).</summary>
internal static class OrderMessages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Payload(string orderNo, long storeId, long amount, DateTimeOffset placedAt) =>
        JsonSerializer.Serialize(new OrderEventPayload(orderNo, 1, storeId, amount, placedAt), Json);

    public static OutboxEnvelope Placed(string orderNo, long storeId, long amount, DateTimeOffset placedAt) =>
        new(1, OrderEvents.RankingOrderPlaced, Payload(orderNo, storeId, amount, placedAt), 1, placedAt);

    public static OutboxEnvelope Cancelled(string orderNo, long storeId, long amount, DateTimeOffset placedAt) =>
        new(2, OrderEvents.RankingOrderCancelled, Payload(orderNo, storeId, amount, placedAt), 1, placedAt);

    public static OutboxMessage PlacedMessage(string orderNo, long storeId, long amount, DateTimeOffset placedAt) =>
        new(OrderEvents.RankingOrderPlaced, Payload(orderNo, storeId, amount, placedAt));

    public static OutboxMessage CancelledMessage(string orderNo, long storeId, long amount, DateTimeOffset placedAt) =>
        new(OrderEvents.RankingOrderCancelled, Payload(orderNo, storeId, amount, placedAt));
}
