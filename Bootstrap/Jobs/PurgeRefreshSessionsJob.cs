using Hexagon.Application.Identity.PurgeRefreshSessions;
using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Domain.Common;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>Deletes refresh sessions expired or revoked more than a week ago, once a day, in batches.</summary>
[DisallowConcurrentExecution]
public sealed class PurgeRefreshSessionsJob(IRecordJobRun recordJobRun, IPurgeRefreshSessions purgeRefreshSessions, IOptions<JobsOptions> options)
    : RecordedJob(recordJobRun)
{
    public static readonly JobKey Key = new("purge-refresh-sessions", QuartzSchedulerProperties.SchedulerName);

    public static ScheduledJob Schedule(JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ScheduledJob.Cron<PurgeRefreshSessionsJob>(Key, "Deletes refresh sessions expired or revoked more than Jobs:RefreshSessionRetentionDays ago.", options.RefreshSessionPurgeCron, options.TimeZone);
    }

    protected override async Task<Result<int>> RunAsync(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await purgeRefreshSessions.PurgeAsync(new PurgeRefreshSessionsCommand(options.Value.RefreshSessionRetentionDays), context.CancellationToken)
            .ConfigureAwait(false);
    }
}
