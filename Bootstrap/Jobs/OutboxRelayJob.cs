using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Application.Outbox.RelayOutbox;
using Hexagon.Domain.Common;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>
/// Delivers due outbox messages every few seconds, until none is due or the run's bound is reached. A Quartz job and
/// not a hosted loop per instance: the clustered store already gives one run at a time across the cluster, a run log,
/// and recovery of a run whose instance died; SKIP LOCKED and leases would make concurrent relays safe too, but one
/// relay at a time is enough for this volume. Items processed: the messages claimed.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxRelayJob(IRecordJobRun recordJobRun, IRelayOutbox relayOutbox, IOptions<OutboxOptions> options)
    : RecordedJob(recordJobRun)
{
    public static readonly JobKey Key = new("outbox-relay", QuartzSchedulerProperties.SchedulerName);

    /// <summary>The relay's schedule, or none when the outbox is disabled.</summary>
    public static IReadOnlyList<ScheduledJob> Schedule(OutboxOptions outbox, JobsOptions jobs)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(jobs);
        return outbox.Enabled
            ? [ScheduledJob.Cron<OutboxRelayJob>(Key, "Delivers due outbox messages (Outbox:PollInterval).", outbox.PollCron(), jobs.TimeZone)]
            : [];
    }

    protected override async Task<Result<int>> RunAsync(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A trigger stored while the outbox was enabled keeps firing in the cluster after it is disabled.
        if (!options.Value.Enabled)
        {
            return 0;
        }

        var result = await relayOutbox.RelayAsync(new RelayOutboxCommand(options.Value.MaxMessagesPerRun), context.CancellationToken)
            .ConfigureAwait(false);
        return result.Claimed;
    }
}
