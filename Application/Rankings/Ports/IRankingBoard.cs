namespace Hexagon.Application.Rankings.Ports;

/// <summary>
/// The store rankings (Redis sorted sets). Every method throws <see cref="RankingBoardUnavailableException"/> when
/// the store cannot be reached; nothing else that is expected.
/// </summary>
public interface IRankingBoard
{
    /// <summary>
    /// Applies the change to each of its buckets, atomically and idempotently: a move already applied to a bucket is
    /// ignored, and a cancellation only takes out what a placement put in (in whichever order they arrive).
    /// Returns whether any bucket changed.
    /// </summary>
    Task<bool> ApplyAsync(OrderRankingChange change, CancellationToken cancellationToken);

    /// <summary>The best <paramref name="take"/> stores of a board with a value above zero: highest value first, equal values by store id ascending.</summary>
    Task<IReadOnlyList<StoreScore>> TopAsync(RankingBucket bucket, RankingMetric metric, int take, CancellationToken cancellationToken);

    /// <summary>Starts building replacements of <paramref name="buckets"/> beside the live boards, which keep serving until the commit.</summary>
    Task<IRankingRebuild> BeginRebuildAsync(IReadOnlyList<RankingBucket> buckets, CancellationToken cancellationToken);
}
