using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity;

namespace Hexagon.Adapters.Persistence.Identity;

/// <summary>The device_tokens table, on the scope's <see cref="DbSession"/>.</summary>
public sealed class MySqlDeviceTokenRepository(DbSession session) : IDeviceTokenRepository
{
    public async Task<bool> UpsertAsync(long userId, DeviceToken token, DevicePlatform platform, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(platform);
        // Parameters repeated in the UPDATE part instead of VALUES(col), which MySQL 8 deprecates, or a row alias,
        // which MariaDB lacks. created_at stays: it is when the token was first seen.
        const string sql = """
            INSERT INTO device_tokens (token, user_id, platform, created_at, updated_at)
            VALUES (@token, @userId, @platform, @now, @now)
            ON DUPLICATE KEY UPDATE user_id = @userId, platform = @platform, updated_at = @now
            """;
        var parameters = new { token = token.Value, userId, platform = platform.Name, now = now.UtcDateTime };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (IdentityServerErrors.IsMissingParent(exception))
        {
            return false;
        }
    }

    public async Task<bool> RemoveAsync(long userId, DeviceToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        const string sql = "DELETE FROM device_tokens WHERE token = @token AND user_id = @userId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(session.Command(sql, new { token = token.Value, userId }, cancellationToken)).ConfigureAwait(false) > 0;
    }
}
