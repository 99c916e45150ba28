using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity;

namespace Hexagon.Adapters.Persistence.Identity;

/// <summary>The refresh_sessions table, on the scope's <see cref="DbSession"/> so it joins the running unit of work.</summary>
public sealed class MySqlRefreshSessionRepository(DbSession session) : IRefreshSessionRepository
{
    public async Task<long> AddAsync(RefreshSession refreshSession, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refreshSession);
        const string sql = """
            INSERT INTO refresh_sessions (user_id, family_id, token_hash, device_id, user_agent, created_at, expires_at, used_at, revoked_at, replaced_by_id)
            VALUES (@UserId, @FamilyId, @TokenHash, @DeviceId, @UserAgent, @CreatedAt, @ExpiresAt, @UsedAt, @RevokedAt, @ReplacedById);
            SELECT LAST_INSERT_ID();
            """;
        var parameters = new
        {
            refreshSession.UserId,
            refreshSession.FamilyId,
            TokenHash = refreshSession.TokenHash.ToArray(),
            refreshSession.DeviceId,
            refreshSession.UserAgent,
            CreatedAt = refreshSession.CreatedAt.UtcDateTime,
            ExpiresAt = refreshSession.ExpiresAt.UtcDateTime,
            UsedAt = refreshSession.UsedAt?.UtcDateTime,
            RevokedAt = refreshSession.RevokedAt?.UtcDateTime,
            refreshSession.ReplacedById,
        };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<RefreshSession?> FindByTokenHashForUpdateAsync(RefreshTokenHash tokenHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        // Under READ COMMITTED a locking read returns the latest committed row: the second of two refreshes of one
        // token waits here for the first to commit, then sees its used_at.
        const string sql = $"SELECT {RefreshSessionRow.Columns} FROM refresh_sessions WHERE token_hash = @tokenHash FOR UPDATE";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RefreshSessionRow>(
            session.Command(sql, new { tokenHash = tokenHash.ToArray() }, cancellationToken)).ConfigureAwait(false);
        return row?.ToSession();
    }

    public async Task MarkUsedAsync(long sessionId, DateTimeOffset usedAt, long replacedById, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE refresh_sessions SET used_at = @usedAt, replaced_by_id = @replacedById WHERE id = @sessionId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new { sessionId, usedAt = usedAt.UtcDateTime, replacedById }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<int> RevokeFamilyAsync(string familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE refresh_sessions SET revoked_at = @now WHERE family_id = @familyId AND revoked_at IS NULL";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(session.Command(sql, new { familyId, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<int> RevokeAllOfUserAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE refresh_sessions SET revoked_at = @now WHERE user_id = @userId AND revoked_at IS NULL";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(session.Command(sql, new { userId, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        // Two statements rather than one "expires_at < x OR revoked_at < x": each walks its own index in that index's
        // order (the id breaks ties, so the rows a LIMIT picks are deterministic, as statement-based replication
        // wants), reads only rows it deletes, and locks nothing else. Outside a unit of work each commits at once.
        const string expired = "DELETE FROM refresh_sessions WHERE expires_at < @cutoff ORDER BY expires_at, id LIMIT @limit";
        const string revoked = "DELETE FROM refresh_sessions WHERE revoked_at < @cutoff ORDER BY revoked_at, id LIMIT @limit";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await connection.ExecuteAsync(session.Command(expired, new { cutoff = cutoff.UtcDateTime, limit }, cancellationToken)).ConfigureAwait(false);
        if (deleted < limit)
        {
            deleted += await connection.ExecuteAsync(
                session.Command(revoked, new { cutoff = cutoff.UtcDateTime, limit = limit - deleted }, cancellationToken)).ConfigureAwait(false);
        }

        return deleted;
    }
}
