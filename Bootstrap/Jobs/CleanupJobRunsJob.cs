using Hexagon.Application.Jobs.CleanupJobRuns;
using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Domain.Common;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>Deletes old job runs once a day. One at a time across the cluster: two concurrent cleanups only contend.</summary>
[DisallowConcurrentExecution]
public sealed class CleanupJobRunsJob(IRecordJobRun recordJobRun, ICleanupJobRuns cleanupJobRuns, IOptions<JobsOptions> options)
    : RecordedJob(recordJobRun)
{
    public static readonly JobKey Key = new("cleanup-job-runs", QuartzSchedulerProperties.SchedulerName);

    public static ScheduledJob Schedule(JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ScheduledJob.Cron<CleanupJobRunsJob>(Key, "Deletes job runs older than Jobs:JobRunRetentionDays.", options.CleanupCron, options.TimeZone);
    }

    protected override async Task<Result<int>> RunAsync(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await cleanupJobRuns.CleanupAsync(new CleanupJobRunsCommand(options.Value.JobRunRetentionDays), context.CancellationToken)
            .ConfigureAwait(false);
        return result.IsSuccess ? Result<int>.Ok(result.Value.Deleted) : Result<int>.Fail(result.Error);
    }
}
