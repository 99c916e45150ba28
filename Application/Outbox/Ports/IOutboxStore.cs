namespace Hexagon.Application.Outbox.Ports;

/// <summary>
/// The relay's side of the outbox. A claimed message carries its attempt number, and every later call is fenced by
/// it: a relay whose lease ran out (and whose message another relay claimed since) gets false and changes nothing.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> due messages (pending ones whose time has come, and processing ones whose
    /// lease ran out) for this relay until <paramref name="leaseUntil"/>, counting the attempt. Rows another relay is
    /// claiming at the same moment are skipped, never waited for. Must run inside a unit of work, which the caller
    /// commits at once: the claim is what other relays see. Only messages of <paramref name="types"/> (those this relay
    /// has handlers for) are claimed: a message written by a newer version, or before its handler is deployed, waits
    /// for a relay that can deliver it instead of being dead-lettered by one that cannot.
    /// </summary>
    Task<IReadOnlyList<OutboxEnvelope>> ClaimDueAsync(
        IReadOnlyCollection<string> types, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Delivered: the message is done for good.</summary>
    Task<bool> CompleteAsync(OutboxEnvelope message, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Failed for now: pending again from <paramref name="nextAttemptAt"/>.</summary>
    Task<bool> ScheduleRetryAsync(OutboxEnvelope message, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);

    /// <summary>Failed for good: dead-lettered, left for an operator.</summary>
    Task<bool> DeadLetterAsync(OutboxEnvelope message, string error, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Claimed but never handed to a handler (the lease was running short, or the relay is stopping): due again now, the attempt not counted.</summary>
    Task<bool> ReleaseAsync(OutboxEnvelope message, DateTimeOffset now, CancellationToken cancellationToken);
}
