namespace Hexagon.Application.Jobs.Ports;

/// <summary>
/// The record of scheduled job runs. Each write commits on its own, outside any use case's unit of work: a job whose
/// work rolls back must still leave its FAILED row behind, and a run must be visible as running while it runs.
/// </summary>
public interface IJobRunLog
{
    /// <summary>Records a run that has just started (no outcome yet) and returns its id.</summary>
    Task<long> StartAsync(string jobName, string instanceId, DateTimeOffset startedAt, CancellationToken cancellationToken);

    /// <summary>Closes a started run. <paramref name="errorMessage"/> is at most <see cref="JobRun.MaxErrorMessageLength"/> characters.</summary>
    Task FinishAsync(long runId, JobRunOutcome outcome, int itemsProcessed, string? errorMessage, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>Runs newest first (by id); only ids below <paramref name="beforeId"/> when it is given; at most <paramref name="limit"/> rows.</summary>
    Task<IReadOnlyList<JobRun>> ListNewestFirstAsync(long? beforeId, int limit, CancellationToken cancellationToken);

    /// <summary>Deletes every run that started before <paramref name="cutoff"/>, finished or not, and returns how many.</summary>
    Task<int> DeleteStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
