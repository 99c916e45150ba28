using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Adapters.Persistence.Outbox;

/// <summary>A dead outbox row as the operators' list reads it.</summary>
internal sealed class DeadLetterRow
{
    public long Id { get; init; }

    public string Type { get; init; } = "";

    public string Payload { get; init; } = "";

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ProcessedAt { get; init; }

    public OutboxDeadLetter ToDeadLetter() => new(
        Id,
        Type,
        Payload,
        Attempts,
        LastError,
        OutboxColumns.FromColumn(CreatedAt),
        ProcessedAt is { } processedAt ? OutboxColumns.FromColumn(processedAt) : null);
}
