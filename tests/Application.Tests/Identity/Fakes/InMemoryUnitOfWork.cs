using Hexagon.Application.Common.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Tests.Identity.Fakes;

/// <summary>
/// Runs the work once and keeps or undoes what it did to the fakes by the rules of MySqlUnitOfWork: a throw or a
/// failed result (Result or Result&lt;T&gt;, through either overload) rolls back, anything else commits.
/// </summary>
internal sealed class InMemoryUnitOfWork(params ITransactionalFake[] stores) : IUnitOfWork
{
    public bool InTransaction { get; private set; }

    public int Commits { get; private set; }

    public int Rollbacks { get; private set; }

    public Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(work, value => value is not Result { IsSuccess: false }, cancellationToken);

    public Task<Result<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken) =>
        RunAsync(work, result => result.IsSuccess, cancellationToken);

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshots = stores.Select(store => store.Snapshot()).ToList();
        InTransaction = true;
        var committed = false;
        try
        {
            var value = await work(cancellationToken);
            committed = shouldCommit(value);
            return value;
        }
        finally
        {
            InTransaction = false;
            if (committed)
            {
                Commits++;
            }
            else
            {
                Rollbacks++;
                for (var i = 0; i < stores.Length; i++)
                {
                    stores[i].Restore(snapshots[i]);
                }
            }
        }
    }

    public ValueTask ReleaseConnectionAsync() => ValueTask.CompletedTask;
}
