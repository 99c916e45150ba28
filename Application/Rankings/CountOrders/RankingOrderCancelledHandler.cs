using Hexagon.Application.Ordering.PlaceOrder;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Rankings.CountOrders;

/// <summary>Delivers "ranking.order-cancelled": the order is taken back out (−1 order, −its total) of the boards of the day and week it was placed in.</summary>
public sealed class RankingOrderCancelledHandler(OrderRankingCounter counter) : IOutboxHandler
{
    public string Type => OrderEvents.RankingOrderCancelled;

    public Task<OutboxHandling> HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        counter.CountAsync(message, RankingMove.Cancelled, cancellationToken);
}
