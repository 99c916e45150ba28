namespace Hexagon.Application.Jobs.ListJobRuns;

/// <summary>
/// A page of runs. Paging is by id (keyset), not by offset, so a page stays stable while new runs are added:
/// pass the previous page's <see cref="ListJobRunsResult.NextCursor"/> as <paramref name="BeforeId"/>.
/// </summary>
public sealed record ListJobRunsQuery(long? BeforeId = null, int Take = ListJobRunsQuery.DefaultTake)
{
    public const int DefaultTake = 20;

    public const int MaxTake = 100;
}
