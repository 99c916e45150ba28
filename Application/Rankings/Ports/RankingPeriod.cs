namespace Hexagon.Application.Rankings.Ports;

/// <summary>The spans a ranking is kept for: the Korean calendar day, the ISO week (Monday to Sunday, Korean time), ever.</summary>
public enum RankingPeriod
{
    Day,
    Week,
    All,
}
