namespace Hexagon.Domain.Identity;

/// <summary>
/// An account. Email and nickname are held as the strings stored: they were checked by <see cref="EmailAddress"/>
/// and <see cref="Nickname"/> when written, and re-checking them on every read would lock out accounts made under
/// older, looser rules. Changes are made by targeted updates in the repository (see IUserRepository), never by
/// saving the whole row, so a password re-hash cannot overwrite a point balance changed meanwhile.
/// </summary>
public sealed class User
{
    private User(long id, string email, string passwordHash, string nickname, Role role, long pointBalance, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        ArgumentNullException.ThrowIfNull(role);
        Id = id;
        Email = email;
        PasswordHash = passwordHash;
        Nickname = nickname;
        Role = role;
        PointBalance = pointBalance;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
    }

    /// <summary>0 until the account is stored.</summary>
    public long Id { get; }

    public string Email { get; }

    /// <summary>The password hasher's encoded hash (algorithm, parameters, salt, hash); never the password.</summary>
    public string PasswordHash { get; }

    public string Nickname { get; }

    public Role Role { get; }

    public long PointBalance { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; }

    public bool IsAdmin => Role == Role.Admin;

    /// <summary>A new account, not stored yet. The caller has hashed the password already.</summary>
    public static User Register(EmailAddress email, string passwordHash, Nickname nickname, Role role, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(nickname);
        return new User(0, email.Value, passwordHash, nickname.Value, role, 0, now, now);
    }

    /// <summary>An account as stored.</summary>
    public static User Restore(long id, string email, string passwordHash, string nickname, Role role, long pointBalance, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(id, 1);
        return new User(id, email, passwordHash, nickname, role, pointBalance, createdAt, updatedAt);
    }
}
