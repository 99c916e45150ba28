using Hexagon.Application.Jobs.Ports;

namespace Hexagon.Adapters.Persistence.Jobs;

/// <summary>A job_runs row as Dapper reads it; DATETIME(6) columns come back without a kind and hold UTC.</summary>
internal sealed class JobRunRow
{
    public long Id { get; init; }

    public string JobName { get; init; } = "";

    public string InstanceId { get; init; } = "";

    public DateTime StartedAt { get; init; }

    public DateTime? FinishedAt { get; init; }

    public string? Outcome { get; init; }

    public int ItemsProcessed { get; init; }

    public string? ErrorMessage { get; init; }

    public JobRun ToJobRun() => new(
        Id,
        JobName,
        InstanceId,
        AsUtc(StartedAt),
        FinishedAt is { } finishedAt ? AsUtc(finishedAt) : null,
        Outcome is null ? null : JobRunOutcomeColumn.FromColumn(Outcome),
        ItemsProcessed,
        ErrorMessage);

    private static DateTimeOffset AsUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
