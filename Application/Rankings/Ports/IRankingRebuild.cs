namespace Hexagon.Application.Rankings.Ports;

/// <summary>
/// Replacement boards being built. <see cref="CommitAsync"/> swaps all of them in at once (a bucket given no
/// totals ends up empty); disposing without a commit throws the half-built boards away and leaves the live ones.
/// </summary>
public interface IRankingRebuild : IAsyncDisposable
{
    Task AddTotalsAsync(RankingBucket bucket, IReadOnlyList<StoreTotals> totals, CancellationToken cancellationToken);

    /// <summary>Marks these moves as applied to the bucket, so a later delivery of their outbox messages changes nothing.</summary>
    Task AddAppliedAsync(RankingBucket bucket, RankingMove move, IReadOnlyList<string> orderNos, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
