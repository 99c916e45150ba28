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

    /// <summary>Login attempts per email and client IP.</summary>
    [Range(1, 1_000_000)]
    public int LoginPermitLimit { get; set; } = 5;

    [Range(1, 86_400)]
    public int LoginWindowSeconds { get; set; } = 60;

    /// <summary>Sign-ups per client IP.</summary>
    [Range(1, 1_000_000)]
    public int SignUpPermitLimit { get; set; } = 10;

    [Range(1, 86_400)]
    public int SignUpWindowSeconds { get; set; } = 3_600;

    /// <summary>Token refreshes per client IP (a refresh token works once, so a per-token count means nothing).</summary>
    [Range(1, 1_000_000)]
    public int RefreshPermitLimit { get; set; } = 30;

    [Range(1, 86_400)]
    public int RefreshWindowSeconds { get; set; } = 60;

    /// <summary>
    /// Payment calls (confirm, order placement) running at once in this instance, all clients together. The rest wait
    /// in a queue instead of failing: a burst of buyers (a sold-out drop) must not exhaust the database pool or starve
    /// the thread pool while each call waits on Toss.
    /// </summary>
    [Range(1, 1000)]
    public int PaymentConcurrencyLimit { get; set; } = 32;

    /// <summary>Payment calls that may wait for a slot; beyond this they get 429 / 9005.</summary>
    [Range(0, 100_000)]
    public int PaymentQueueLimit { get; set; } = 2000;
}
