using Hexagon.Adapters.Persistence.Configuration;

namespace Hexagon.Adapters.Persistence.UnitOfWork;

/// <summary>
/// When and how long to wait before re-running a unit of work that lost a deadlock or a lock wait. The back-off is
/// exponential so a hot row gets room to clear, capped so a request never sleeps for long, and half random
/// ("equal jitter") so the two transactions that deadlocked each other do not collide again on the same beat.
/// The random source and the delay are injectable so tests are deterministic and instant.
/// </summary>
public sealed class TransientRetryPolicy
{
    private readonly Func<double> _nextRandom;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    /// <param name="maxRetries">Re-runs after the first attempt; 0 turns retrying off.</param>
    /// <param name="baseDelay">The back-off ceiling before the first retry; it doubles with every retry.</param>
    /// <param name="maxDelay">The highest back-off ceiling.</param>
    /// <param name="nextRandom">Returns a number in [0, 1); <see cref="Random.Shared"/> by default.</param>
    /// <param name="delay">Waits; <see cref="Task.Delay(TimeSpan, CancellationToken)"/> by default.</param>
    public TransientRetryPolicy(
        int maxRetries,
        TimeSpan baseDelay,
        TimeSpan maxDelay,
        Func<double>? nextRandom = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, baseDelay);
        MaxRetries = maxRetries;
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
        _nextRandom = nextRandom ?? Random.Shared.NextDouble;
        _delay = delay ?? Task.Delay;
    }

    public int MaxRetries { get; }

    public TimeSpan BaseDelay { get; }

    public TimeSpan MaxDelay { get; }

    public static TransientRetryPolicy FromOptions(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TransientRetryPolicy(
            options.MaxTransientRetries,
            TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
            TimeSpan.FromMilliseconds(Math.Max(options.RetryMaxDelayMilliseconds, options.RetryBaseDelayMilliseconds)));
    }

    /// <summary>True when the unit of work may run again after <paramref name="failedAttempts"/> failed runs.</summary>
    public bool ShouldRetry(int failedAttempts) => failedAttempts >= 1 && failedAttempts <= MaxRetries;

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based): in [ceiling / 2, ceiling].</summary>
    public TimeSpan DelayBefore(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        // Math.Pow keeps large retry numbers from overflowing; the cap applies before any rounding.
        var ceiling = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1), MaxDelay.TotalMilliseconds);
        var random = Math.Clamp(_nextRandom(), 0d, 1d);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random * ceiling / 2));
    }

    /// <summary>Waits <paramref name="delay"/> (from <see cref="DelayBefore"/>) with the injected delay.</summary>
    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) => _delay(delay, cancellationToken);
}
