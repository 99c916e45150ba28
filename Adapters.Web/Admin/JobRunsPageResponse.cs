using Hexagon.Application.Jobs.ListJobRuns;

namespace Hexagon.Adapters.Web.Admin;

/// <summary>The body of GET /admin/v1/jobs/runs.</summary>
public sealed record JobRunsPageResponse(IReadOnlyList<JobRunResponse> Data, JobRunsPageMeta Meta)
{
    public static JobRunsPageResponse From(ListJobRunsResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new JobRunsPageResponse(
            page.Runs.Select(JobRunResponse.From).ToList(),
            new JobRunsPageMeta(page.Take, page.HasNext, page.NextCursor));
    }
}
