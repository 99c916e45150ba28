using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Catalog.SeedDemo;

namespace Hexagon.Application.Tests.Catalog.SeedDemo;

/// <summary>Keeps what was written, batch by batch, and whether each batch ran inside a unit of work.</summary>
internal sealed class InMemoryDemoDataWriter(Func<bool> inTransaction) : IDemoDataWriter
{
    public List<DemoStore> Stores { get; } = [];

    public List<(int Size, bool InTransaction)> Batches { get; } = [];

    public Dictionary<long, long> PointBalances { get; } = [];

    public Task<bool> AnyStoreExistsAsync(CancellationToken cancellationToken) => Task.FromResult(Stores.Count > 0);

    public Task WriteAsync(IReadOnlyList<DemoStore> stores, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Batches.Add((stores.Count, inTransaction()));
        Stores.AddRange(stores);
        return Task.CompletedTask;
    }

    public Task SetPointBalanceAsync(long userId, long points, DateTimeOffset now, CancellationToken cancellationToken)
    {
        PointBalances[userId] = points;
        return Task.CompletedTask;
    }
}
