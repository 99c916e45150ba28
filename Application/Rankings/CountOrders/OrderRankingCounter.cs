using System.Text.Json;
using Hexagon.Application.Ordering.PlaceOrder;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Rankings.Calendar;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Rankings.CountOrders;

/// <summary>
/// What both ranking handlers do with an order message: read the payload, find the boards of the day and week the
/// order was PLACED in (a cancel next week still corrects last week), and apply the move. Boards already forgotten
/// are skipped rather than brought back with a lone entry. Redis down is a retry, never a failure of the order.
/// </summary>
public sealed class OrderRankingCounter(IRankingBoard board, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<OutboxHandling> CountAsync(OutboxEnvelope message, RankingMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Read(message.Payload) is not { } order)
        {
            // A payload that does not parse today never will: an operator must look at it.
            return OutboxHandling.Dead($"unreadable {message.Type} payload");
        }

        var now = clock.GetUtcNow();
        var buckets = RankingCalendar.BucketsOf(order.PlacedAt).Where(bucket => bucket.IsLiveAt(now)).ToList();
        try
        {
            await board.ApplyAsync(new OrderRankingChange(move, order.OrderNo, order.StoreId, order.TotalAmount, buckets), cancellationToken)
                .ConfigureAwait(false);
            return OutboxHandling.Done();
        }
        catch (RankingBoardUnavailableException exception)
        {
            return OutboxHandling.Retry($"the ranking store is unavailable: {exception.Message}");
        }
    }

    private static OrderEventPayload? Read(string payload)
    {
        try
        {
            var order = JsonSerializer.Deserialize<OrderEventPayload>(payload, Json);
            var complete = order is not null
                && !string.IsNullOrWhiteSpace(order.OrderNo)
                && order.StoreId > 0
                && order.TotalAmount >= 0
                && order.PlacedAt != default;
            return complete ? order : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
