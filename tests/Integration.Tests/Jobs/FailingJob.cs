using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Bootstrap.Jobs;
using Hexagon.Domain.Common;
using Quartz;

namespace Hexagon.Integration.Tests.Jobs;

/// <summary>A job whose work throws, as a broken dependency would.</summary>
internal sealed class FailingJob(IRecordJobRun recordJobRun) : RecordedJob(recordJobRun)
{
    public const string Message = "boom: the store POS did not answer";

    protected override Task<Result<int>> RunAsync(IJobExecutionContext context) => throw new InvalidOperationException(Message);
}
