namespace Hexagon.Application.Rankings.RebuildRankings;

/// <summary>What a rebuild wrote: the boards it replaced (labels, e.g. "2026-11-22"), the orders it read and how many of them count.</summary>
public sealed record RebuildRankingsResult(IReadOnlyList<string> Boards, long OrdersRead, long OrdersCounted);
