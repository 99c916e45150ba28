using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Adapters.Persistence.Outbox;

/// <summary>
/// Writes outbox rows on the scope's <see cref="DbSession"/>: inside a unit of work they join its transaction, so they
/// commit or roll back with the business change; outside one they commit at once.
/// </summary>
public sealed class MySqlOutbox(DbSession session, TimeProvider clock) : IOutbox
{
    // ON DUPLICATE KEY with a no-op assignment tolerates only the unique keys, i.e. the dedup key (INSERT IGNORE would
    // also swallow a bad payload or a CHECK failure). A NULL key never collides.
    private const string Sql = """
        INSERT INTO outbox_messages (type, payload, status, attempts, next_attempt_at, dedup_key, created_at)
        VALUES (@Type, @Payload, 'PENDING', 0, @NextAttemptAt, @DedupKey, @Now)
        ON DUPLICATE KEY UPDATE id = id
        """;

    public async Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Validate(message);
        var now = clock.GetUtcNow();
        var nextAttemptAt = message.NotBefore is { } notBefore && notBefore > now ? notBefore : now;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(Sql, new
        {
            message.Type,
            message.Payload,
            NextAttemptAt = OutboxColumns.Utc(nextAttemptAt),
            message.DedupKey,
            Now = OutboxColumns.Utc(now),
        }, cancellationToken)).ConfigureAwait(false);
    }

    // A message the table cannot hold is a bug in the caller: fail its unit of work loudly, before the statement.
    private static void Validate(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Type, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Payload, nameof(message));
        if (message.Type.Length > OutboxMessage.MaxTypeLength || !message.Type.All(char.IsAscii))
        {
            throw new ArgumentException($"An outbox type is ASCII, at most {OutboxMessage.MaxTypeLength} characters: '{message.Type}'.", nameof(message));
        }

        if (message.DedupKey is { } key && (key.Length == 0 || key.Length > OutboxMessage.MaxDedupKeyLength))
        {
            throw new ArgumentException($"An outbox dedup key has 1 to {OutboxMessage.MaxDedupKeyLength} characters.", nameof(message));
        }
    }
}
