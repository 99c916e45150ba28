namespace Hexagon.Application.Rankings.Ports;

/// <summary>
/// One scoreboard: a period and which one of it, e.g. (Day, "2026-11-22"), (Week, "2026-W47"), (All, "all").
/// <paramref name="ExpiresAt"/> is when the board may be forgotten (its period's end plus a margin, so late
/// corrections still land and yesterday stays readable for a while); null for all-time, which is kept forever.
/// </summary>
public sealed record RankingBucket(RankingPeriod Period, string Label, DateTimeOffset? ExpiresAt)
{
    /// <summary>Whether the board is still kept at <paramref name="now"/>; writing to a forgotten one would only resurrect it.</summary>
    public bool IsLiveAt(DateTimeOffset now) => ExpiresAt is not { } expiry || expiry > now;
}
