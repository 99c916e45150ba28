namespace Hexagon.Application.Outbox.RelayOutbox;

/// <summary>
/// Delivers due outbox messages to their handlers: claims a batch in a short transaction, runs each handler outside
/// any transaction, records the outcome. Several relays (instances, threads) may run at once: a message is never
/// handled by two of them at the same time. Call it from a scope of its own and never inside a unit of work: the claim
/// would join that transaction, and the handlers would then run inside it.
/// </summary>
public interface IRelayOutbox
{
    Task<RelayOutboxResult> RelayAsync(RelayOutboxCommand command, CancellationToken cancellationToken);
}
