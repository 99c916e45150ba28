using Quartz;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>
/// A job and the cron trigger that runs it, scheduled by every instance when it starts. Only cron triggers: a
/// start-up schedule must mean the same thing however many instances start, and a one-off trigger would run again
/// each time an instance restarts after it fired.
/// </summary>
public sealed record ScheduledJob(IJobDetail Job, ICronTrigger Trigger);
