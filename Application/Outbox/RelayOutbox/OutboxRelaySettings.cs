namespace Hexagon.Application.Outbox.RelayOutbox;

/// <summary>
/// How the relay claims and retries (configured in Bootstrap's "Outbox" section).
/// <paramref name="BatchSize"/>: messages claimed per transaction. <paramref name="MaxAttempts"/>: deliveries before a
/// retried message is dead-lettered. <paramref name="BaseDelay"/>/<paramref name="MaxDelay"/>: the back-off before the
/// second attempt, doubling per attempt up to the cap. <paramref name="Lease"/>: how long a claim keeps other relays
/// away; a claimed message is only started while at least half of it remains, so a handler must finish within half
/// the lease (its own HTTP timeouts included), or another relay may deliver the message a second time.
/// </summary>
public sealed record OutboxRelaySettings(int BatchSize, int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan Lease)
{
    public static readonly OutboxRelaySettings Default = new(
        BatchSize: 20, MaxAttempts: 10, BaseDelay: TimeSpan.FromSeconds(10), MaxDelay: TimeSpan.FromMinutes(30), Lease: TimeSpan.FromMinutes(5));

    /// <summary>Throws for settings the relay cannot work with; Bootstrap validates the configuration before this.</summary>
    public OutboxRelaySettings Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero, nameof(BaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, BaseDelay, nameof(MaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Lease, TimeSpan.Zero, nameof(Lease));
        return this;
    }
}
