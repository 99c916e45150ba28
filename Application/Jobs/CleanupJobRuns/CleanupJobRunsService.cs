using Hexagon.Application.Errors;
using Hexagon.Application.Jobs.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Jobs.CleanupJobRuns;

public sealed class CleanupJobRunsService(IJobRunLog jobRunLog, TimeProvider timeProvider) : ICleanupJobRuns
{
    public async Task<Result<CleanupJobRunsResult>> CleanupAsync(CleanupJobRunsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        // Zero or less would delete the run that is asking for the cleanup, and everything else with it.
        if (command.RetentionDays < 1)
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(new Dictionary<string, string[]>
            {
                ["retentionDays"] = ["보관 기간은 1일 이상이어야 해요."],
            });
        }

        var cutoff = timeProvider.GetUtcNow().AddDays(-command.RetentionDays);
        var deleted = await jobRunLog.DeleteStartedBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false);
        return new CleanupJobRunsResult(deleted, cutoff);
    }
}
