using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.Ports;

/// <summary>
/// Accounts. Changes are targeted updates, not "save the user": other features change other columns of the same row
/// (the point balance), and a whole-row write would undo them.
/// </summary>
public interface IUserRepository
{
    Task<User?> FindByIdAsync(long userId, CancellationToken cancellationToken);

    Task<User?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new account and returns its id, or null when another account already has the email. The unique key
    /// decides, not an earlier lookup, so of two sign-ups racing for one email exactly one gets an id.
    /// </summary>
    Task<long?> TryAddAsync(User user, CancellationToken cancellationToken);

    Task UpdatePasswordHashAsync(long userId, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken);

    Task UpdateRoleAsync(long userId, Role role, DateTimeOffset now, CancellationToken cancellationToken);
}
