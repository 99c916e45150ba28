namespace Hexagon.Application.Jobs.CleanupJobRuns;

/// <summary>Runs that started more than <paramref name="RetentionDays"/> days ago are deleted.</summary>
public sealed record CleanupJobRunsCommand(int RetentionDays);
