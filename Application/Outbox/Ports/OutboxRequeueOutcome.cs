namespace Hexagon.Application.Outbox.Ports;

/// <summary>What a requeue found: the message requeued, no such message, or a message that is not dead.</summary>
public enum OutboxRequeueOutcome
{
    Requeued,
    NotFound,
    NotDead,
}
