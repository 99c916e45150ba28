using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity;

namespace Hexagon.Integration.Tests.Identity.Persistence;

/// <summary>
/// Runs <paramref name="pause"/> before looking a user up by id. The refresh service does that while it holds the
/// session row lock, so a test can hold the lock open until a competing request is seen waiting for it.
/// </summary>
internal sealed class PausingUserRepository(IUserRepository inner, Func<Task> pause) : IUserRepository
{
    public async Task<User?> FindByIdAsync(long userId, CancellationToken cancellationToken)
    {
        await pause();
        return await inner.FindByIdAsync(userId, cancellationToken);
    }

    public Task<User?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken) => inner.FindByEmailAsync(email, cancellationToken);

    public Task<long?> TryAddAsync(User user, CancellationToken cancellationToken) => inner.TryAddAsync(user, cancellationToken);

    public Task UpdatePasswordHashAsync(long userId, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.UpdatePasswordHashAsync(userId, passwordHash, now, cancellationToken);

    public Task UpdateRoleAsync(long userId, Role role, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.UpdateRoleAsync(userId, role, now, cancellationToken);
}
