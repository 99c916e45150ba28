using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Tests.Rankings;

/// <summary>A ranking board that records what it was asked and can play Redis being down.</summary>
internal sealed class ScriptedRankingBoard : IRankingBoard
{
    public List<OrderRankingChange> Applied { get; } = [];

    public bool Unavailable { get; set; }

    public Task<bool> ApplyAsync(OrderRankingChange change, CancellationToken cancellationToken)
    {
        if (Unavailable)
        {
            throw new RankingBoardUnavailableException("No connection is available");
        }

        Applied.Add(change);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<StoreScore>> TopAsync(RankingBucket bucket, RankingMetric metric, int take, CancellationToken cancellationToken) =>
        Unavailable
            ? throw new RankingBoardUnavailableException("No connection is available")
            : Task.FromResult<IReadOnlyList<StoreScore>>([new StoreScore(7, 3), new StoreScore(3, 1)]);

    public Task<IRankingRebuild> BeginRebuildAsync(IReadOnlyList<RankingBucket> buckets, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
