using Hexagon.Application.Ordering.PlaceOrder;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Rankings.CountOrders;

/// <summary>Delivers "ranking.order-placed": the order counts (+1 order, +its total) on its store's day, week and all-time boards.</summary>
public sealed class RankingOrderPlacedHandler(OrderRankingCounter counter) : IOutboxHandler
{
    public string Type => OrderEvents.RankingOrderPlaced;

    public Task<OutboxHandling> HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        counter.CountAsync(message, RankingMove.Placed, cancellationToken);
}
