namespace Hexagon.Application.Jobs.Ports;

/// <summary>How a finished job run ended. A run still going has no outcome.</summary>
public enum JobRunOutcome
{
    Succeeded,
    Failed,
}
