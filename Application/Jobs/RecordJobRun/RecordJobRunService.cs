using Hexagon.Application.Jobs.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Jobs.RecordJobRun;

public sealed class RecordJobRunService(IJobRunLog jobRunLog, TimeProvider timeProvider) : IRecordJobRun
{
    public async Task<RecordJobRunResult> RunAsync(
        RecordJobRunCommand command,
        Func<CancellationToken, Task<Result<int>>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(work);

        var runId = await jobRunLog.StartAsync(command.JobName, command.InstanceId, timeProvider.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);

        Result<int> result;
        try
        {
            result = await work(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The run must not stay "running" forever: record the failure even when the work was cancelled by a
            // shutdown (hence CancellationToken.None), then let the exception go on to the scheduler's own log.
            await FinishAsync(runId, JobRunOutcome.Failed, 0, $"{exception.GetType().Name}: {exception.Message}", CancellationToken.None)
                .ConfigureAwait(false);
            throw;
        }

        if (!result.IsSuccess)
        {
            await FinishAsync(runId, JobRunOutcome.Failed, 0, $"{result.Error.Code} {result.Error.Message}", CancellationToken.None)
                .ConfigureAwait(false);
            return new RecordJobRunResult(runId, JobRunOutcome.Failed, 0, result.Error);
        }

        await FinishAsync(runId, JobRunOutcome.Succeeded, result.Value, null, CancellationToken.None).ConfigureAwait(false);
        return new RecordJobRunResult(runId, JobRunOutcome.Succeeded, result.Value, null);
    }

    private Task FinishAsync(long runId, JobRunOutcome outcome, int itemsProcessed, string? errorMessage, CancellationToken cancellationToken) =>
        jobRunLog.FinishAsync(runId, outcome, itemsProcessed, Truncate(errorMessage), timeProvider.GetUtcNow(), cancellationToken);

    private static string? Truncate(string? message)
    {
        if (message is not { Length: > JobRun.MaxErrorMessageLength })
        {
            return message;
        }

        // Never cut between the two halves of a surrogate pair: half an emoji is not valid UTF-8 for the database.
        var length = char.IsHighSurrogate(message[JobRun.MaxErrorMessageLength - 1]) ? JobRun.MaxErrorMessageLength - 1 : JobRun.MaxErrorMessageLength;
        return message[..length];
    }
}
