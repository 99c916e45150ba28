using Hexagon.Domain.Identity;

namespace Hexagon.Adapters.Persistence.Identity;

/// <summary>A users row as Dapper reads it; DATETIME(6) columns come back without a kind and hold UTC.</summary>
internal sealed class UserRow
{
    public const string Columns = """
        id AS Id, email AS Email, password_hash AS PasswordHash, nickname AS Nickname, role AS Role,
        point_balance AS PointBalance, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public long Id { get; init; }

    public string Email { get; init; } = "";

    public string PasswordHash { get; init; } = "";

    public string Nickname { get; init; } = "";

    public string Role { get; init; } = "";

    public long PointBalance { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public User ToUser() => User.Restore(
        Id, Email, PasswordHash, Nickname, Domain.Identity.Role.FromName(Role), PointBalance, Utc.From(CreatedAt), Utc.From(UpdatedAt));
}
