using Quartz;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>
/// A job and the cron trigger that runs it, scheduled by every instance when it starts. Only cron triggers: a
/// start-up schedule must mean the same thing however many instances start, and a one-off trigger would run again
/// each time an instance restarts after it fired.
/// </summary>
public sealed record ScheduledJob(IJobDetail Job, ICronTrigger Trigger)
{
    /// <summary>
    /// A recoverable job on a cron in the given time zone. Recovery suits our jobs because each is idempotent: if the
    /// instance running it dies, another may run it again. A cluster that was down at fire time runs it once on return,
    /// not once per missed firing.
    /// </summary>
    public static ScheduledJob Cron<TJob>(JobKey key, string description, string cron, string timeZone)
        where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(key);
        var job = JobBuilder.Create<TJob>()
            .WithIdentity(key)
            .WithDescription(description)
            .RequestRecovery()
            .Build();
        var trigger = (ICronTrigger)TriggerBuilder.Create()
            .WithIdentity(key.Name + "-cron", key.Group)
            .ForJob(key)
            .WithCronSchedule(cron, schedule => schedule
                .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(timeZone))
                .WithMisfireHandlingInstructionFireAndProceed())
            .Build();
        return new ScheduledJob(job, trigger);
    }
}
