using System.Globalization;
using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Bootstrap.Jobs;
using Hexagon.Domain.Common;
using Quartz;

namespace Hexagon.Integration.Tests.Jobs;

/// <summary>A job that writes down each execution in the shared ledger and reports one item processed.</summary>
internal sealed class CountingJob(IRecordJobRun recordJobRun, ExecutionLedger ledger) : RecordedJob(recordJobRun)
{
    public const string PurposeKey = "purpose";
    public const string DelayKey = "delayMs";

    protected override async Task<Result<int>> RunAsync(IJobExecutionContext context)
    {
        context.MergedJobDataMap.TryGetString(PurposeKey, out var purpose);
        ledger.Record(new Execution(
            context.JobDetail.Key.Name,
            context.Trigger.Key.Name,
            context.Scheduler.SchedulerInstanceId,
            context.ScheduledFireTimeUtc,
            purpose,
            context.Recovering));

        // Long enough that both instances are busy at once, which is when a double firing would show.
        var delay = context.MergedJobDataMap.TryGetString(DelayKey, out var delayMs) ? int.Parse(delayMs!, CultureInfo.InvariantCulture) : 200;
        await Task.Delay(TimeSpan.FromMilliseconds(delay), context.CancellationToken);
        return 1;
    }
}
