using System.Text.Json;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Ordering.PlaceOrder;

/// <summary>
/// The outbox messages an order's commit asks for: the customer's push and the ranking update (their handlers arrive
/// with the notifications issue; until then the relay leaves these rows waiting). Payloads carry ids and amounts only.
/// The dedup keys make a re-run of the transaction (a deadlock retry) write each message once.
/// </summary>
public static class OrderEvents
{
    public const string PushOrderPaid = "push.order-paid";
    public const string RankingOrderPlaced = "ranking.order-placed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEnumerable<OutboxMessage> Placed(Order order)
    {
        var payload = JsonSerializer.Serialize(
            new { orderNo = order.OrderNo, userId = order.UserId, storeId = order.StoreId, totalAmount = order.TotalAmount }, Json);
        yield return new OutboxMessage(PushOrderPaid, payload, $"{PushOrderPaid}:{order.OrderNo}");
        yield return new OutboxMessage(RankingOrderPlaced, payload, $"{RankingOrderPlaced}:{order.OrderNo}");
    }
}
