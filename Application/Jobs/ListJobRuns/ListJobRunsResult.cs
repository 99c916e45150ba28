using Hexagon.Application.Jobs.Ports;

namespace Hexagon.Application.Jobs.ListJobRuns;

/// <summary>One page of runs; <see cref="NextCursor"/> is the before-id of the next page, null on the last page.</summary>
public sealed record ListJobRunsResult(IReadOnlyList<JobRun> Runs, int Take, bool HasNext, long? NextCursor);
