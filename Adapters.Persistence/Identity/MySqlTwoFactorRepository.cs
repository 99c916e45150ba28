using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Identity.Ports;

namespace Hexagon.Adapters.Persistence.Identity;

/// <summary>
/// The totp_* columns of users (migration 0005). Each code-accepting write is one UPDATE whose WHERE clause holds
/// the one-time rule; InnoDB's row lock makes a racing second UPDATE re-read the row and match nothing.
/// </summary>
public sealed class MySqlTwoFactorRepository(DbSession session) : ITwoFactorRepository
{
    private const string StepIsUnused = "(totp_last_step IS NULL OR totp_last_step < @step)";

    public async Task<TwoFactorSecrets?> FindAsync(long userId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {TwoFactorRow.Columns} FROM users WHERE id = @userId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<TwoFactorRow>(session.Command(sql, new { userId }, cancellationToken)).ConfigureAwait(false);
        return row?.ToSecrets();
    }

    public async Task SetPendingSecretAsync(long userId, byte[] protectedSecret, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE users SET totp_pending_secret = @protectedSecret, updated_at = @now WHERE id = @userId";
        await ExecuteAsync(sql, new { userId, protectedSecret, now = now.UtcDateTime }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryEnableAsync(long userId, byte[] expectedPending, long step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = $"""
            UPDATE users
            SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = @now, totp_last_step = @step, updated_at = @now
            WHERE id = @userId AND totp_secret IS NULL AND totp_pending_secret = @expectedPending AND {StepIsUnused}
            """;
        return await ExecuteAsync(sql, new { userId, expectedPending, step, now = now.UtcDateTime }, cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> TryDisableAsync(long userId, long step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // totp_last_step stays: turning 2FA back on within the window must not accept the code used to turn it off.
        const string sql = $"""
            UPDATE users
            SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = @step, updated_at = @now
            WHERE id = @userId AND totp_secret IS NOT NULL AND {StepIsUnused}
            """;
        return await ExecuteAsync(sql, new { userId, step, now = now.UtcDateTime }, cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> TryUseStepAsync(long userId, long step, CancellationToken cancellationToken)
    {
        const string sql = $"UPDATE users SET totp_last_step = @step WHERE id = @userId AND {StepIsUnused}";
        return await ExecuteAsync(sql, new { userId, step }, cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
    }
}
