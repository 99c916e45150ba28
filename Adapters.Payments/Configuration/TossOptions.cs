using System.ComponentModel.DataAnnotations;
using Hexagon.Adapters.Payments.Toss;

namespace Hexagon.Adapters.Payments.Configuration;

/// <summary>Toss Payments core API settings (section "Toss"). Locally the base URL points at our sandbox.</summary>
public sealed class TossOptions
{
    public const string Section = "Toss";

    [Required, Url]
    public string BaseUrl { get; set; } = "";

    /// <summary>The secret key (test_sk_… or live_sk_…). A secret: Toss__SecretKey in the environment.</summary>
    [Required, RegularExpression("^(test|live)_(g?sk)_[A-Za-z0-9_]+$", ErrorMessage = "Toss:SecretKey must look like test_sk_... or live_sk_...")]
    public string SecretKey { get; set; } = "";

    /// <summary>
    /// One attempt's time limit. A card approval normally answers in a few seconds; past this we stop waiting and, since
    /// the Idempotency-Key makes it safe, retry or look the payment up rather than hold the buyer's request open.
    /// </summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Retries of a call that got no answer (or 409 "still processing"); the same idempotency key every time.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    [Range(1, 10_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 200;

    /// <summary>The breaker opens when half of at least this many calls within 30 s failed (no answer or 5xx).</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    [Range(1, 600)]
    public int BreakSeconds { get; set; } = 15;

    public TossResilienceSettings ResilienceSettings() => new(
        TimeSpan.FromSeconds(TimeoutSeconds),
        MaxRetries,
        TimeSpan.FromMilliseconds(RetryBaseDelayMilliseconds),
        BreakerMinimumThroughput,
        TimeSpan.FromSeconds(BreakSeconds));

    /// <summary>The whole call, retries included: every attempt at its limit plus the back-off between them.</summary>
    public TimeSpan OverallTimeout() =>
        TimeSpan.FromSeconds(TimeoutSeconds * (MaxRetries + 1)) + TimeSpan.FromMilliseconds(RetryBaseDelayMilliseconds * 8);
}
