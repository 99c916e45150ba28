namespace Hexagon.Adapters.Payments.Toss;

/// <summary>The knobs of <see cref="TossResilienceHandler"/>, taken from TossOptions (tests shorten them).</summary>
public sealed record TossResilienceSettings(
    TimeSpan AttemptTimeout,
    int MaxRetries,
    TimeSpan RetryBaseDelay,
    int BreakerMinimumThroughput,
    TimeSpan BreakDuration);
