using Hexagon.Domain.Common;

namespace Hexagon.Application.Jobs.ListJobRuns;

/// <summary>Shows operators the recent job runs, newest first, a page at a time.</summary>
public interface IListJobRuns
{
    Task<Result<ListJobRunsResult>> ListAsync(ListJobRunsQuery query, CancellationToken cancellationToken);
}
