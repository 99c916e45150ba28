namespace Hexagon.Application.Jobs.CleanupJobRuns;

/// <summary>How many runs were deleted, and the start time they were older than.</summary>
public sealed record CleanupJobRunsResult(int Deleted, DateTimeOffset Cutoff);
