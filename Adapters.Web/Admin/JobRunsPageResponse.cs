using Hexagon.Adapters.Web.Paging;
using Hexagon.Application.Jobs.ListJobRuns;

namespace Hexagon.Adapters.Web.Admin;

/// <summary>The body of GET /admin/v1/jobs/runs.</summary>
public sealed record JobRunsPageResponse(IReadOnlyList<JobRunResponse> Data, IdPageMeta Meta)
{
    public static JobRunsPageResponse From(ListJobRunsResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new JobRunsPageResponse(
            page.Runs.Select(JobRunResponse.From).ToList(),
            new IdPageMeta(page.Take, page.HasNext, page.NextCursor));
    }
}
