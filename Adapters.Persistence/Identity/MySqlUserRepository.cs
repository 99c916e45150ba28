using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity;

namespace Hexagon.Adapters.Persistence.Identity;

/// <summary>The users table, on the scope's <see cref="DbSession"/> so it joins the running unit of work.</summary>
public sealed class MySqlUserRepository(DbSession session) : IUserRepository
{
    public async Task<User?> FindByIdAsync(long userId, CancellationToken cancellationToken)
    {
        const string sql = $"SELECT {UserRow.Columns} FROM users WHERE id = @userId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(session.Command(sql, new { userId }, cancellationToken)).ConfigureAwait(false);
        return row?.ToUser();
    }

    public async Task<User?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        const string sql = $"SELECT {UserRow.Columns} FROM users WHERE email = @email";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(session.Command(sql, new { email = email.Value }, cancellationToken)).ConfigureAwait(false);
        return row?.ToUser();
    }

    public async Task<long?> TryAddAsync(User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        const string sql = """
            INSERT INTO users (email, password_hash, nickname, role, point_balance, created_at, updated_at)
            VALUES (@Email, @PasswordHash, @Nickname, @Role, @PointBalance, @CreatedAt, @UpdatedAt);
            SELECT LAST_INSERT_ID();
            """;
        var parameters = new
        {
            user.Email,
            user.PasswordHash,
            user.Nickname,
            Role = user.Role.Name,
            user.PointBalance,
            CreatedAt = user.CreatedAt.UtcDateTime,
            UpdatedAt = user.UpdatedAt.UtcDateTime,
        };
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await connection.ExecuteScalarAsync<long>(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception exception) when (IdentityServerErrors.IsDuplicateKey(exception))
        {
            // Only the statement failed; a running transaction is still usable, and the caller decides about it.
            // The second of two racing inserts waits for the first one's row lock and gets here once it commits.
            return null;
        }
    }

    public async Task UpdatePasswordHashAsync(long userId, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE users SET password_hash = @passwordHash, updated_at = @now WHERE id = @userId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new { userId, passwordHash, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task UpdateRoleAsync(long userId, Role role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        const string sql = "UPDATE users SET role = @role, updated_at = @now WHERE id = @userId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new { userId, role = role.Name, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
    }
}
