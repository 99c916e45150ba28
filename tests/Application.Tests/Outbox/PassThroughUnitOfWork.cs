using Hexagon.Application.Common.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Tests.Outbox;

/// <summary>Runs the work once and counts it; the in-memory outbox has nothing to roll back.</summary>
internal sealed class PassThroughUnitOfWork : IUnitOfWork
{
    public int Units { get; private set; }

    public Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        Units++;
        return work(cancellationToken);
    }

    public Task<Result<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        Units++;
        return work(cancellationToken);
    }

    public ValueTask ReleaseConnectionAsync() => ValueTask.CompletedTask;
}
