using Hexagon.Domain.Common;

namespace Hexagon.Application.Common.Ports;

/// <summary>
/// One database transaction shared by every repository a use case touches. The work delegate may run more than once:
/// a deadlock or a lock-wait timeout rolls the whole unit back and runs it again, so the delegate must only touch
/// repositories (never call HTTP, never send a push) and must not keep state between attempts.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Commits when <paramref name="work"/> returns; rolls back when it throws.</summary>
    Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Commits when <paramref name="work"/> succeeds; rolls back when it returns a failure or throws.</summary>
    Task<Result<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Gives the scope's database connection back to the pool while no unit of work runs (the next statement takes one
    /// again). Call it before a slow external call (the payment provider): a request waiting on Toss must not hold a
    /// connection, or a burst of orders exhausts the pool before any of them reaches the database again.
    /// </summary>
    ValueTask ReleaseConnectionAsync();
}
