namespace Hexagon.Application.Rankings.Ports;

/// <summary>What a ranking orders stores by: how many orders they got, or how many won those orders paid.</summary>
public enum RankingMetric
{
    Orders,
    Revenue,
}
