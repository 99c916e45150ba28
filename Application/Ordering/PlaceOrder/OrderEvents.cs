using System.Text.Json;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Ordering.PlaceOrder;

/// <summary>
/// The outbox messages an order's commits ask for: the customer's push and the ranking update when it is placed, the
/// ranking correction when it is cancelled (handled by Application/Notifications and Application/Rankings through the
/// outbox relay). Payloads carry ids, amounts and the time the order
/// was placed (rankings count an order in the day and week it was placed, also when it is cancelled later). The dedup
/// keys make a re-run of the transaction (a deadlock retry) write each message once.
/// </summary>
public static class OrderEvents
{
    public const string PushOrderPaid = "push.order-paid";
    public const string RankingOrderPlaced = "ranking.order-placed";
    public const string RankingOrderCancelled = "ranking.order-cancelled";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEnumerable<OutboxMessage> Placed(Order order)
    {
        var payload = Payload(order);
        yield return new OutboxMessage(PushOrderPaid, payload, $"{PushOrderPaid}:{order.OrderNo}");
        yield return new OutboxMessage(RankingOrderPlaced, payload, $"{RankingOrderPlaced}:{order.OrderNo}");
    }

    public static OutboxMessage Cancelled(Order order) =>
        new(RankingOrderCancelled, Payload(order), $"{RankingOrderCancelled}:{order.OrderNo}");

    private static string Payload(Order order) => JsonSerializer.Serialize(
        new OrderEventPayload(order.OrderNo, order.UserId, order.StoreId, order.TotalAmount, order.CreatedAt), Json);
}
