using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Adapters.Persistence.Outbox;

/// <summary>The dead letters of outbox_messages for operators, on the scope's <see cref="DbSession"/>.</summary>
public sealed class MySqlOutboxDeadLetters(DbSession session) : IOutboxDeadLetters
{
    // One predicate for both cases (first page or not) keeps the plan a plain descending range on (status, id).
    private const string ListSql = """
        SELECT id AS Id, type AS Type, payload AS Payload, attempts AS Attempts, last_error AS LastError,
               created_at AS CreatedAt, processed_at AS ProcessedAt
        FROM outbox_messages WHERE status = 'DEAD' AND id < @BeforeId ORDER BY id DESC LIMIT @Limit
        """;

    // The status condition makes the requeue one atomic decision; last_error stays, as the history of the failure.
    private const string RequeueSql = """
        UPDATE outbox_messages SET status = 'PENDING', attempts = 0, next_attempt_at = @Now, locked_until = NULL, processed_at = NULL
        WHERE id = @Id AND status = 'DEAD'
        """;

    public async Task<IReadOnlyList<OutboxDeadLetter>> ListNewestFirstAsync(long? beforeId, int limit, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DeadLetterRow>(session.Command(
            ListSql, new { BeforeId = beforeId ?? long.MaxValue, Limit = limit }, cancellationToken)).ConfigureAwait(false);
        return rows.Select(row => row.ToDeadLetter()).ToList();
    }

    public async Task<OutboxRequeueOutcome> RequeueAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var requeued = await connection.ExecuteAsync(session.Command(
            RequeueSql, new { Id = id, Now = OutboxColumns.Utc(now) }, cancellationToken)).ConfigureAwait(false);
        if (requeued == 1)
        {
            return OutboxRequeueOutcome.Requeued;
        }

        var exists = await connection.ExecuteScalarAsync<long>(session.Command(
            "SELECT COUNT(*) FROM outbox_messages WHERE id = @Id", new { Id = id }, cancellationToken)).ConfigureAwait(false);
        return exists == 0 ? OutboxRequeueOutcome.NotFound : OutboxRequeueOutcome.NotDead;
    }
}
