namespace Hexagon.Application.Outbox.Ports;

/// <summary>
/// A handler's answer. <see cref="Done()"/>: delivered, never again. <see cref="Retry"/>: a transient failure, tried
/// again after the back-off (or after <see cref="RetryAfter"/>, e.g. from a Retry-After header) until the attempts
/// run out. <see cref="Dead"/>: a permanent failure, dead-lettered now for an operator.
/// The reason is stored as the message's last error and shown to operators: no secrets, no personal data.
/// </summary>
public sealed record OutboxHandling
{
    private static readonly OutboxHandling DoneInstance = new(OutboxHandlingKind.Done, null, null);

    private OutboxHandling(OutboxHandlingKind kind, string? reason, TimeSpan? retryAfter)
    {
        Kind = kind;
        Reason = reason;
        RetryAfter = retryAfter;
    }

    public OutboxHandlingKind Kind { get; }

    /// <summary>Why it failed; null when done.</summary>
    public string? Reason { get; }

    /// <summary>Replaces the computed back-off of a retry (capped like it); null otherwise.</summary>
    public TimeSpan? RetryAfter { get; }

    public static OutboxHandling Done() => DoneInstance;

    public static OutboxHandling Retry(string reason, TimeSpan? retryAfter = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (retryAfter is { } wait)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero, nameof(retryAfter));
        }

        return new OutboxHandling(OutboxHandlingKind.Retry, reason, retryAfter);
    }

    public static OutboxHandling Dead(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new OutboxHandling(OutboxHandlingKind.Dead, reason, null);
    }
}
