using Hexagon.Application.Rankings.GetStoreRanking;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Adapters.Web.Rankings;

/// <summary>
/// The body of GET /api/v1/rankings/stores: {data: [{rank, storeId, name, value}], meta: {period, metric, label}}.
/// The envelope is the one every list of the API has; label says which day or week the ranking is of.
/// </summary>
public sealed record StoreRankingResponse(IReadOnlyList<RankedStoreResponse> Data, StoreRankingMeta Meta)
{
    public static StoreRankingResponse From(StoreRankingResult ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return new StoreRankingResponse(
            ranking.Stores.Select(store => new RankedStoreResponse(store.Rank, store.StoreId, store.Name, store.Value)).ToList(),
            new StoreRankingMeta(
                ranking.Bucket.Period.ToString().ToLowerInvariant(),
                ranking.Metric == RankingMetric.Orders ? "orders" : "revenue",
                ranking.Bucket.Label));
    }
}
