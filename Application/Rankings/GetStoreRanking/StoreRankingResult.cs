using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Rankings.GetStoreRanking;

/// <summary>The ranking and which board it came from (<see cref="RankingBucket.Label"/>: "2026-11-22", "2026-W47" or "all").</summary>
public sealed record StoreRankingResult(RankingBucket Bucket, RankingMetric Metric, IReadOnlyList<RankedStore> Stores);
