using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Rankings.GetStoreRanking;

/// <summary>Which board (the current day or week in Korea, or all-time), by what, and how many stores (1–50).</summary>
public sealed record StoreRankingQuery(RankingPeriod Period, RankingMetric Metric, int Take = StoreRankingQuery.DefaultTake)
{
    public const int DefaultTake = 10;

    public const int MaxTake = 50;
}
