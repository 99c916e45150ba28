using System.Globalization;
using Hexagon.Application.Errors;
using Hexagon.Application.Rankings.Calendar;
using Hexagon.Application.Rankings.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Rankings.GetStoreRanking;

/// <summary>
/// Reads the top of the current board from Redis and labels it with the stores' names from MySQL in one query.
/// Redis down answers 6001: the ranking is a view of MySQL's orders kept in Redis, and there is no cheap fallback
/// that would not put the ranking's load on the order tables.
/// </summary>
public sealed class GetStoreRankingService(IRankingBoard board, IStoreNames storeNames, TimeProvider clock) : IGetStoreRanking
{
    public async Task<Result<StoreRankingResult>> GetAsync(StoreRankingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > StoreRankingQuery.MaxTake)
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["take"] = [string.Create(CultureInfo.InvariantCulture, $"take는 1부터 {StoreRankingQuery.MaxTake} 사이여야 해요.")],
            });
        }

        var bucket = RankingCalendar.Current(query.Period, clock.GetUtcNow());
        IReadOnlyList<StoreScore> scores;
        try
        {
            scores = await board.TopAsync(bucket, query.Metric, query.Take, cancellationToken).ConfigureAwait(false);
        }
        catch (RankingBoardUnavailableException)
        {
            return ErrorCatalog.RankingsUnavailable;
        }

        var names = scores.Count == 0
            ? new Dictionary<long, string>()
            : await storeNames.NamesAsync(scores.Select(score => score.StoreId).ToList(), cancellationToken).ConfigureAwait(false);
        var stores = scores
            .Select((score, index) => new RankedStore(index + 1, score.StoreId, names.GetValueOrDefault(score.StoreId), score.Value))
            .ToList();
        return new StoreRankingResult(bucket, query.Metric, stores);
    }
}
