namespace Hexagon.Application.Outbox.Ports;

/// <summary>A dead-lettered message as operators see it. <paramref name="DeadAt"/> is when the relay gave up.</summary>
public sealed record OutboxDeadLetter(
    long Id,
    string Type,
    string Payload,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeadAt);
