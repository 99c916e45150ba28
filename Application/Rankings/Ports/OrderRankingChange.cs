namespace Hexagon.Application.Rankings.Ports;

/// <summary>
/// One order's placement or cancellation to apply to the boards of the period it was placed in. The order number is
/// the idempotency key: each move of an order counts at most once per board, however often it is delivered.
/// </summary>
public sealed record OrderRankingChange(
    RankingMove Move,
    string OrderNo,
    long StoreId,
    long Amount,
    IReadOnlyList<RankingBucket> Buckets);
