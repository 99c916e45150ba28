using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Identity.Fakes;

/// <summary>Users in a list, with the unique email the table has.</summary>
internal sealed class InMemoryUserRepository : IUserRepository, ITransactionalFake
{
    private List<User> _users = [];
    private long _lastId;

    public IReadOnlyList<User> Users => _users;

    public User Single(string email) => _users.Single(user => user.Email == email);

    public Task<User?> FindByIdAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(_users.SingleOrDefault(user => user.Id == userId));

    public Task<User?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken) =>
        Task.FromResult(_users.SingleOrDefault(user => user.Email == email.Value));

    public Task<long?> TryAddAsync(User user, CancellationToken cancellationToken)
    {
        if (_users.Any(existing => existing.Email == user.Email))
        {
            return Task.FromResult<long?>(null);
        }

        var id = ++_lastId;
        _users.Add(User.Restore(id, user.Email, user.PasswordHash, user.Nickname, user.Role, user.PointBalance, user.CreatedAt, user.UpdatedAt));
        return Task.FromResult<long?>(id);
    }

    public Task UpdatePasswordHashAsync(long userId, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        Replace(userId, user => User.Restore(user.Id, user.Email, passwordHash, user.Nickname, user.Role, user.PointBalance, user.CreatedAt, now));

    public Task UpdateRoleAsync(long userId, Role role, DateTimeOffset now, CancellationToken cancellationToken) =>
        Replace(userId, user => User.Restore(user.Id, user.Email, user.PasswordHash, user.Nickname, role, user.PointBalance, user.CreatedAt, now));

    public void Remove(long userId) => _users.RemoveAll(user => user.Id == userId);

    public object Snapshot() => (_users.ToList(), _lastId);

    public void Restore(object snapshot) => (_users, _lastId) = ((List<User>, long))snapshot;

    private Task Replace(long userId, Func<User, User> change)
    {
        var index = _users.FindIndex(user => user.Id == userId);
        if (index >= 0)
        {
            _users[index] = change(_users[index]);
        }

        return Task.CompletedTask;
    }
}
