using Hexagon.Domain.Common;

namespace Hexagon.Application.Jobs.RecordJobRun;

/// <summary>
/// Runs one scheduled job's work and records it in the job run log: started before the work, finished after it with
/// the outcome and the number of items the work processed. Every job goes through here, so no run goes unrecorded.
/// </summary>
public interface IRecordJobRun
{
    /// <summary>
    /// A failed <see cref="Result{T}"/> is recorded as FAILED and returned. An exception is recorded as FAILED and
    /// thrown again, so the scheduler sees it too.
    /// </summary>
    Task<RecordJobRunResult> RunAsync(
        RecordJobRunCommand command,
        Func<CancellationToken, Task<Result<int>>> work,
        CancellationToken cancellationToken);
}
