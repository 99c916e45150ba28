using Hexagon.Application.Jobs.Ports;

namespace Hexagon.Application.Tests.Jobs;

/// <summary>An in-memory job run log that behaves like the MySQL one, including giving up on a cancelled token.</summary>
internal sealed class InMemoryJobRunLog : IJobRunLog
{
    private readonly List<JobRun> _runs = [];
    private long _lastId;

    public IReadOnlyList<JobRun> Runs => _runs;

    public JobRun Add(DateTimeOffset startedAt, string jobName = "some-job")
    {
        var run = new JobRun(++_lastId, jobName, "instance-1", startedAt, startedAt, JobRunOutcome.Succeeded, 0, null);
        _runs.Add(run);
        return run;
    }

    public Task<long> StartAsync(string jobName, string instanceId, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _runs.Add(new JobRun(++_lastId, jobName, instanceId, startedAt, null, null, 0, null));
        return Task.FromResult(_lastId);
    }

    public Task FinishAsync(long runId, JobRunOutcome outcome, int itemsProcessed, string? errorMessage, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var index = _runs.FindIndex(run => run.Id == runId);
        _runs[index] = _runs[index] with { FinishedAt = finishedAt, Outcome = outcome, ItemsProcessed = itemsProcessed, ErrorMessage = errorMessage };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JobRun>> ListNewestFirstAsync(long? beforeId, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<JobRun> page = _runs.Where(run => beforeId is null || run.Id < beforeId).OrderByDescending(run => run.Id).Take(limit).ToList();
        return Task.FromResult(page);
    }

    public Task<int> DeleteStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_runs.RemoveAll(run => run.StartedAt < cutoff));
    }
}
