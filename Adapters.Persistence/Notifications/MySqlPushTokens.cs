using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Notifications.Ports;

namespace Hexagon.Adapters.Persistence.Notifications;

/// <summary>The device_tokens table (owned by identity, migration 0004) as the push side reads it.</summary>
public sealed class MySqlPushTokens(DbSession session) : IPushTokens
{
    public async Task<IReadOnlyList<string>> ListForUserAsync(long userId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var tokens = await connection.QueryAsync<string>(session.Command(
            "SELECT token FROM device_tokens WHERE user_id = @userId ORDER BY updated_at DESC", new { userId }, cancellationToken)).ConfigureAwait(false);
        return tokens.ToList();
    }

    public async Task<bool> DeleteAsync(string token, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(session.Command(
            "DELETE FROM device_tokens WHERE token = @token", new { token }, cancellationToken)).ConfigureAwait(false) > 0;
    }
}
