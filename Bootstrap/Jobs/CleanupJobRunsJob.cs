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
        var job = JobBuilder.Create<CleanupJobRunsJob>()
            .WithIdentity(Key)
            .WithDescription("Deletes job runs older than Jobs:JobRunRetentionDays.")
            // Deleting is idempotent: if the instance running it dies, another one may safely run it again.
            .RequestRecovery()
            .Build();
        var trigger = (ICronTrigger)TriggerBuilder.Create()
            .WithIdentity(Key.Name + "-cron", Key.Group)
            .ForJob(Key)
            .WithCronSchedule(options.CleanupCron, cron => cron
                .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone))
                // When the whole cluster was down at 04:00, clean up once as soon as it is back, not once per missed day.
                .WithMisfireHandlingInstructionFireAndProceed())
            .Build();
        return new ScheduledJob(job, trigger);
    }

    protected override async Task<Result<int>> RunAsync(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await cleanupJobRuns.CleanupAsync(new CleanupJobRunsCommand(options.Value.JobRunRetentionDays), context.CancellationToken)
            .ConfigureAwait(false);
        return result.IsSuccess ? Result<int>.Ok(result.Value.Deleted) : Result<int>.Fail(result.Error);
    }
}
