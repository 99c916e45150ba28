using Hexagon.Application.Notifications.Ports;

namespace Hexagon.Application.Tests.Notifications.Fakes;

internal sealed class FixedStoreNames : IStoreNames
{
    public Dictionary<long, string> Names { get; } = [];

    public Task<string?> FindNameAsync(long storeId, CancellationToken cancellationToken) => Task.FromResult(Names.GetValueOrDefault(storeId));
}
