namespace Hexagon.Application.Outbox.RelayOutbox;

/// <summary>
/// The wait before the next delivery of a message that failed transiently. Exponential, so a receiver that is down
/// gets room to recover; capped, so a message is never parked for long; half random ("equal jitter"), so messages
/// that failed together (a Toss outage) do not all come back on the same beat. The random source is injectable so
/// tests are deterministic.
/// </summary>
public sealed class OutboxBackoff
{
    private readonly Func<double> _nextRandom;

    /// <param name="baseDelay">The ceiling of the wait after the first failed attempt; it doubles with every attempt.</param>
    /// <param name="maxDelay">The highest ceiling, and the longest wait a Retry-After may ask for.</param>
    /// <param name="nextRandom">Returns a number in [0, 1); <see cref="Random.Shared"/> by default.</param>
    public OutboxBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Func<double>? nextRandom = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, baseDelay);
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
        _nextRandom = nextRandom ?? Random.Shared.NextDouble;
    }

    public TimeSpan BaseDelay { get; }

    public TimeSpan MaxDelay { get; }

    /// <summary>
    /// The wait after failed attempt number <paramref name="failedAttempt"/> (1-based): in [ceiling / 2, ceiling], where
    /// the ceiling is min(base × 2^(attempt − 1), max). A <paramref name="retryAfter"/> from the receiver replaces it
    /// exactly (it knows best when it can take the call again), capped at the max so a wrong header cannot park a
    /// refund for days.
    /// </summary>
    public TimeSpan DelayAfter(int failedAttempt, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        if (retryAfter is { } asked)
        {
            return asked < TimeSpan.Zero ? TimeSpan.Zero : (asked > MaxDelay ? MaxDelay : asked);
        }

        // Math.Pow keeps large attempt numbers from overflowing; the cap applies before any rounding.
        var ceiling = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, failedAttempt - 1), MaxDelay.TotalMilliseconds);
        var random = Math.Clamp(_nextRandom(), 0d, 1d);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random * ceiling / 2));
    }
}
