namespace Hexagon.Integration.Tests.Outbox;

/// <summary>An outbox_messages row as the tests read it with raw SQL (never through the adapter under test).</summary>
internal sealed class OutboxRow
{
    public const string Select = """
        SELECT id AS Id, type AS Type, payload AS Payload, status AS Status, attempts AS Attempts, next_attempt_at AS NextAttemptAt,
               locked_until AS LockedUntil, last_error AS LastError, dedup_key AS DedupKey, created_at AS CreatedAt, processed_at AS ProcessedAt
        FROM outbox_messages
        """;

    public long Id { get; init; }

    public string Type { get; init; } = "";

    public string Payload { get; init; } = "";

    public string Status { get; init; } = "";

    public int Attempts { get; init; }

    public DateTime NextAttemptAt { get; init; }

    public DateTime? LockedUntil { get; init; }

    public string? LastError { get; init; }

    public string? DedupKey { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ProcessedAt { get; init; }
}
