using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Adapters.Persistence.Outbox;

/// <summary>
/// The relay's statements on outbox_messages, on the scope's <see cref="DbSession"/>. The claim is a locking read with
/// SKIP LOCKED (MariaDB 10.6+, MySQL 8): relays claiming at the same moment each take different rows and never wait on
/// each other. Every later update is fenced by (id, status PROCESSING, attempts): after a lease ran out and another
/// relay claimed the row (counting a new attempt), the first relay's late outcome matches nothing.
/// </summary>
public sealed class MySqlOutboxStore(DbSession session) : IOutboxStore
{
    private const string Columns = "id AS Id, type AS Type, payload AS Payload, attempts AS Attempts, created_at AS CreatedAt";

    // Each read is an equality on status and a range in index order (ix_outbox_messages_due), so LIMIT stops the scan
    // and only the returned rows are locked. Expired leases first: those messages have waited longest.
    private const string ExpiredLeasesSql = $"""
        SELECT {Columns} FROM outbox_messages
        WHERE status = 'PROCESSING' AND locked_until <= @Now AND type IN @Types
        ORDER BY next_attempt_at, id LIMIT @Limit FOR UPDATE SKIP LOCKED
        """;

    private const string DuePendingSql = $"""
        SELECT {Columns} FROM outbox_messages
        WHERE status = 'PENDING' AND next_attempt_at <= @Now AND type IN @Types
        ORDER BY next_attempt_at, id LIMIT @Limit FOR UPDATE SKIP LOCKED
        """;

    private const string ClaimSql = """
        UPDATE outbox_messages SET status = 'PROCESSING', attempts = attempts + 1, locked_until = @LeaseUntil
        WHERE id IN @Ids
        """;

    private const string Fence = "WHERE id = @Id AND status = 'PROCESSING' AND attempts = @Attempt";

    public async Task<IReadOnlyList<OutboxEnvelope>> ClaimDueAsync(
        IReadOnlyCollection<string> types, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (!session.InTransaction)
        {
            // In autocommit the row locks would end with each statement, and two relays could claim the same rows.
            throw new InvalidOperationException("The outbox claim must run inside a unit of work.");
        }

        if (types.Count == 0)
        {
            return [];
        }

        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<ClaimedRow>(session.Command(
            ExpiredLeasesSql, new { Now = OutboxColumns.Utc(now), Limit = limit, Types = types }, cancellationToken)).ConfigureAwait(false)).ToList();
        if (rows.Count < limit)
        {
            rows.AddRange(await connection.QueryAsync<ClaimedRow>(session.Command(
                DuePendingSql, new { Now = OutboxColumns.Utc(now), Limit = limit - rows.Count, Types = types }, cancellationToken)).ConfigureAwait(false));
        }

        if (rows.Count == 0)
        {
            return [];
        }

        await connection.ExecuteAsync(session.Command(
            ClaimSql, new { LeaseUntil = OutboxColumns.Utc(leaseUntil), Ids = rows.Select(row => row.Id).ToList() }, cancellationToken)).ConfigureAwait(false);
        return rows.Select(row => row.ToEnvelope()).ToList();
    }

    public Task<bool> CompleteAsync(OutboxEnvelope message, DateTimeOffset now, CancellationToken cancellationToken) => UpdateFencedAsync(
        $"UPDATE outbox_messages SET status = 'DONE', locked_until = NULL, processed_at = @Now {Fence}",
        message, new { Now = OutboxColumns.Utc(now) }, cancellationToken);

    public Task<bool> ScheduleRetryAsync(OutboxEnvelope message, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) => UpdateFencedAsync(
        $"UPDATE outbox_messages SET status = 'PENDING', next_attempt_at = @NextAttemptAt, locked_until = NULL, last_error = @Error {Fence}",
        message, new { NextAttemptAt = OutboxColumns.Utc(nextAttemptAt), Error = error }, cancellationToken);

    public Task<bool> DeadLetterAsync(OutboxEnvelope message, string error, DateTimeOffset now, CancellationToken cancellationToken) => UpdateFencedAsync(
        $"UPDATE outbox_messages SET status = 'DEAD', locked_until = NULL, last_error = @Error, processed_at = @Now {Fence}",
        message, new { Error = error, Now = OutboxColumns.Utc(now) }, cancellationToken);

    public Task<bool> ReleaseAsync(OutboxEnvelope message, DateTimeOffset now, CancellationToken cancellationToken) => UpdateFencedAsync(
        $"UPDATE outbox_messages SET status = 'PENDING', attempts = attempts - 1, next_attempt_at = @Now, locked_until = NULL {Fence}",
        message, new { Now = OutboxColumns.Utc(now) }, cancellationToken);

    private async Task<bool> UpdateFencedAsync(string sql, OutboxEnvelope message, object values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parameters = new DynamicParameters(values);
        parameters.Add("Id", message.Id);
        parameters.Add("Attempt", message.Attempt);
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false) == 1;
    }
}
