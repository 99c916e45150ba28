namespace Hexagon.Application.Outbox.Ports;

/// <summary>
/// Writes messages in the caller's current unit of work (same transaction as the business change): they exist iff it
/// commits. This is how anything that must happen after a commit (a refund, a push, a ranking update) is asked for:
/// the relay delivers it later, outside any transaction, at least once.
/// Called outside a unit of work, the message is written on its own at once (autocommit): that suits a task that
/// has no business change to go with, such as a refund after the order's transaction failed.
/// </summary>
public interface IOutbox
{
    Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);
}
