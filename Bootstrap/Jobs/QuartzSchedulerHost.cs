using Microsoft.Extensions.Options;
using Quartz;
using QuartzLogContext = Quartz.Logging.LogContext;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>
/// Runs this instance's member of the clustered Quartz scheduler for the life of the host. It starts inside
/// app.RunAsync(), after Program.cs has applied the migrations that create the QRTZ_ tables.
/// </summary>
public sealed partial class QuartzSchedulerHost(
    IServiceScopeFactory scopeFactory,
    IOptions<JobsOptions> options,
    string connectionString,
    IReadOnlyList<ScheduledJob> scheduledJobs,
    ILoggerFactory loggerFactory) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<QuartzSchedulerHost>();

    /// <summary>The running scheduler; null before start or when jobs are disabled on this instance.</summary>
    public IScheduler? Scheduler { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(_logger);
            return;
        }

        QuartzLogContext.SetCurrentLogProvider(loggerFactory);
        var properties = QuartzSchedulerProperties.Build(options.Value, connectionString);
        var scheduler = await QuartzSchedulerFactory.CreateAsync(properties, new ScopedJobFactory(scopeFactory), cancellationToken)
            .ConfigureAwait(false);
        try
        {
            foreach (var scheduledJob in scheduledJobs)
            {
                await ScheduleAsync(scheduler, scheduledJob, cancellationToken).ConfigureAwait(false);
            }

            await scheduler.Start(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The host will not call StopAsync for a service that failed to start: release the store's resources here.
            await scheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        Scheduler = scheduler;
        LogStarted(_logger, scheduler.SchedulerInstanceId, scheduledJobs.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Scheduler is not { } scheduler)
        {
            return;
        }

        try
        {
            // Running jobs see their cancellation token fire and are waited for, until the host stops waiting.
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Their fired-trigger rows stay behind; another instance recovers jobs that request recovery.
            LogStoppedWaiting(_logger);
        }
    }

    // Every instance schedules the same jobs at start, often at the same moment. An unchanged trigger is left alone so
    // its next fire time (and a pending misfire) survive restarts; a changed one replaces the stored one, and replace
    // never fails on an existing key. Quartz serializes the writes with its cluster-wide lock.
    private async Task ScheduleAsync(IScheduler scheduler, ScheduledJob scheduledJob, CancellationToken cancellationToken)
    {
        var stored = await scheduler.GetTrigger(scheduledJob.Trigger.Key, cancellationToken).ConfigureAwait(false);
        if (stored is ICronTrigger cron
            && cron.JobKey.Equals(scheduledJob.Job.Key)
            && cron.CronExpressionString == scheduledJob.Trigger.CronExpressionString
            && cron.TimeZone.Id == scheduledJob.Trigger.TimeZone.Id)
        {
            return;
        }

        try
        {
            await scheduler.ScheduleJob(scheduledJob.Job, [scheduledJob.Trigger], replace: true, cancellationToken).ConfigureAwait(false);
            LogScheduled(_logger, scheduledJob.Job.Key.ToString(), scheduledJob.Trigger.CronExpressionString ?? "", scheduledJob.Trigger.TimeZone.Id);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another instance stored it between our read and our write; its definition comes from the same configuration.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Jobs are disabled on this instance (Jobs:Enabled=false); the scheduler is not started.")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler started as cluster instance {InstanceId} with {JobCount} scheduled job(s).")]
    private static partial void LogStarted(ILogger logger, string instanceId, int jobCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {JobKey} with cron '{Cron}' in {TimeZone}.")]
    private static partial void LogScheduled(ILogger logger, string jobKey, string cron, string timeZone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host stopped waiting for running jobs to complete; the scheduler is shut down without them.")]
    private static partial void LogStoppedWaiting(ILogger logger);
}
