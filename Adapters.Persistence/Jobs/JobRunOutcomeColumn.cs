using Hexagon.Application.Jobs.Ports;

namespace Hexagon.Adapters.Persistence.Jobs;

/// <summary>The job_runs.outcome values; the table's CHECK constraint allows exactly these two.</summary>
internal static class JobRunOutcomeColumn
{
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";

    public static string ToColumn(JobRunOutcome outcome) => outcome switch
    {
        JobRunOutcome.Succeeded => Succeeded,
        JobRunOutcome.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "No job_runs.outcome value for this outcome."),
    };

    public static JobRunOutcome FromColumn(string value) => value switch
    {
        Succeeded => JobRunOutcome.Succeeded,
        Failed => JobRunOutcome.Failed,
        _ => throw new InvalidOperationException($"job_runs.outcome holds '{value}', which this version does not know."),
    };
}
