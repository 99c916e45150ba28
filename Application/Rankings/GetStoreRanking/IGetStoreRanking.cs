using Hexagon.Domain.Common;

namespace Hexagon.Application.Rankings.GetStoreRanking;

/// <summary>The best stores of today, this week or all time, by order count or revenue, with their names.</summary>
public interface IGetStoreRanking
{
    Task<Result<StoreRankingResult>> GetAsync(StoreRankingQuery query, CancellationToken cancellationToken);
}
