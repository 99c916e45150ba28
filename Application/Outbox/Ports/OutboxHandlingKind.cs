namespace Hexagon.Application.Outbox.Ports;

/// <summary>What became of one delivery: see <see cref="OutboxHandling"/>.</summary>
public enum OutboxHandlingKind
{
    Done,
    Retry,
    Dead,
}
