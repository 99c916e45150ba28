namespace Hexagon.Application.Jobs.Ports;

/// <summary>One run of a scheduled job as an operator sees it. <see cref="Outcome"/> is null while the run is going.</summary>
public sealed record JobRun(
    long Id,
    string JobName,
    string InstanceId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    JobRunOutcome? Outcome,
    int ItemsProcessed,
    string? ErrorMessage)
{
    /// <summary>Longer messages are cut: the log is for spotting a failure, the application log has the whole story.</summary>
    public const int MaxErrorMessageLength = 500;
}
