using Hexagon.Domain.Common;

namespace Hexagon.Application.Jobs.CleanupJobRuns;

/// <summary>Forgets job runs older than a retention period, so the run log stays small enough to read.</summary>
public interface ICleanupJobRuns
{
    Task<Result<CleanupJobRunsResult>> CleanupAsync(CleanupJobRunsCommand command, CancellationToken cancellationToken);
}
