using Hexagon.Application.Notifications.Ports;

namespace Hexagon.Application.Tests.Notifications.Fakes;

internal sealed class InMemoryPushTokens : IPushTokens
{
    public Dictionary<string, long> Owners { get; } = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>> ListForUserAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Owners.Where(pair => pair.Value == userId).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList());

    public Task<bool> DeleteAsync(string token, CancellationToken cancellationToken) => Task.FromResult(Owners.Remove(token));
}
