using Hexagon.Application.Jobs.Ports;
using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Domain.Common;
using Quartz;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>
/// Base of every job: a job is a driving adapter that calls one use case and says how many items it processed;
/// this base records the run (job, instance, start, end, outcome, items) through <see cref="IRecordJobRun"/>.
/// </summary>
public abstract class RecordedJob(IRecordJobRun recordJobRun) : IJob
{
    public async Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new RecordJobRunCommand(context.JobDetail.Key.Name, context.Scheduler.SchedulerInstanceId);

        // Exceptions from the work are recorded as FAILED by the use case and reach Quartz unchanged, which logs them.
        var run = await recordJobRun.RunAsync(command, _ => RunAsync(context), context.CancellationToken).ConfigureAwait(false);
        context.Result = run.ItemsProcessed;
        if (run.Outcome == JobRunOutcome.Failed)
        {
            // An expected failure is already in the run log; telling Quartz puts it in the application log too.
            throw new JobExecutionException($"Job {context.JobDetail.Key} failed: {run.Error?.Code} {run.Error?.Message}");
        }
    }

    /// <summary>Does the job's work (usually one use case call) and returns how many items it processed.</summary>
    protected abstract Task<Result<int>> RunAsync(IJobExecutionContext context);
}
