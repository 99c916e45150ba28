using Hexagon.Application.Errors;
using Hexagon.Application.Jobs.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Jobs.ListJobRuns;

public sealed class ListJobRunsService(IJobRunLog jobRunLog) : IListJobRuns
{
    public async Task<Result<ListJobRunsResult>> ListAsync(ListJobRunsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var fieldErrors = new Dictionary<string, string[]>();
        if (query.Take is < 1 or > ListJobRunsQuery.MaxTake)
        {
            fieldErrors["take"] = [$"take는 1부터 {ListJobRunsQuery.MaxTake} 사이여야 해요."];
        }

        if (query.BeforeId is < 1)
        {
            fieldErrors["beforeId"] = ["beforeId는 1 이상이어야 해요."];
        }

        if (fieldErrors.Count > 0)
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors);
        }

        // One row more than asked tells whether there is a next page without a COUNT query.
        var runs = await jobRunLog.ListNewestFirstAsync(query.BeforeId, query.Take + 1, cancellationToken).ConfigureAwait(false);
        var hasNext = runs.Count > query.Take;
        var page = hasNext ? runs.Take(query.Take).ToList() : runs;
        return new ListJobRunsResult(page, query.Take, hasNext, hasNext ? page[^1].Id : null);
    }
}
