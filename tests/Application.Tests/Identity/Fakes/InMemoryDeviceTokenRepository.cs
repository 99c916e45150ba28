using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Identity.Fakes;

/// <summary>Device tokens keyed by token, like the table; users listed in <see cref="MissingUsers"/> make the upsert fail as the foreign key would.</summary>
internal sealed class InMemoryDeviceTokenRepository : IDeviceTokenRepository
{
    private readonly Dictionary<string, StoredDeviceToken> _tokens = new(StringComparer.Ordinal);

    public HashSet<long> MissingUsers { get; } = [];

    public IReadOnlyDictionary<string, StoredDeviceToken> Tokens => _tokens;

    public Task<bool> UpsertAsync(long userId, DeviceToken token, DevicePlatform platform, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (MissingUsers.Contains(userId))
        {
            return Task.FromResult(false);
        }

        var createdAt = _tokens.TryGetValue(token.Value, out var existing) ? existing.CreatedAt : now;
        _tokens[token.Value] = new StoredDeviceToken(userId, platform.Name, createdAt, now);
        return Task.FromResult(true);
    }

    public Task<bool> RemoveAsync(long userId, DeviceToken token, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.TryGetValue(token.Value, out var existing) && existing.UserId == userId && _tokens.Remove(token.Value));
}
