namespace Hexagon.Application.Rankings.RebuildRankings;

/// <summary>Recomputes every ranking board still kept (recent days and weeks, all-time) from MySQL's orders and swaps them in.</summary>
public interface IRebuildRankings
{
    Task<RebuildRankingsResult> RebuildAsync(CancellationToken cancellationToken);
}
