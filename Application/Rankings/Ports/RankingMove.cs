namespace Hexagon.Application.Rankings.Ports;

/// <summary>What happened to an order, as far as rankings care: it was placed (counts), or it was cancelled (taken back out).</summary>
public enum RankingMove
{
    Placed,
    Cancelled,
}
