using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Web.Configuration;

/// <summary>Fixed-window rate limits per client IP (section "RateLimits").</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests one client IP may make per window on any endpoint.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 300;

    [Range(1, 3_600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>The stricter limit of the named "strict" policy (sign-up, login, token refresh).</summary>
    [Range(1, 1_000_000)]
    public int StrictPermitLimit { get; set; } = 20;

    [Range(1, 3_600)]
    public int StrictWindowSeconds { get; set; } = 60;
}
