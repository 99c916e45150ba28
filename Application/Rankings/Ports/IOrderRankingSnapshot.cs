namespace Hexagon.Application.Rankings.Ports;

/// <summary>
/// One consistent view of the orders. "Counted" orders are the ones not taken back out (status other than CANCELED,
/// REJECTED, AUTO_CANCELED); days are Korean calendar days of the time the order was placed.
/// </summary>
public interface IOrderRankingSnapshot : IAsyncDisposable
{
    /// <summary>Counted orders per store and Korean day, for orders placed at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<DailyStoreTotals>> DailyTotalsAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Counted orders per store, ever.</summary>
    Task<IReadOnlyList<StoreTotals>> AllTimeTotalsAsync(CancellationToken cancellationToken);

    /// <summary>Every order (counted or not) with an id above <paramref name="afterId"/>, by id, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OrderMark>> MarksAsync(long afterId, int limit, CancellationToken cancellationToken);
}
