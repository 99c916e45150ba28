using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Adapters.Persistence.Outbox;

/// <summary>A due outbox row as the claim reads it, before its attempt is counted.</summary>
internal sealed class ClaimedRow
{
    public long Id { get; init; }

    public string Type { get; init; } = "";

    public string Payload { get; init; } = "";

    public int Attempts { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>The claim counts the attempt, so this delivery is number attempts + 1.</summary>
    public OutboxEnvelope ToEnvelope() => new(Id, Type, Payload, Attempts + 1, OutboxColumns.FromColumn(CreatedAt));
}
