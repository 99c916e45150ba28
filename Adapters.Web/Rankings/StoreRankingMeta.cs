namespace Hexagon.Adapters.Web.Rankings;

/// <summary>Which ranking this is: period "day", "week" or "all"; label "2026-11-22", "2026-W47" or "all" (Korean calendar).</summary>
public sealed record StoreRankingMeta(string Period, string Metric, string Label);
