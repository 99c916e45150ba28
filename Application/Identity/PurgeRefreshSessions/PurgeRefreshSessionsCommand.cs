namespace Hexagon.Application.Identity.PurgeRefreshSessions;

public sealed record PurgeRefreshSessionsCommand(int RetentionDays = 7, int BatchSize = 1000);
