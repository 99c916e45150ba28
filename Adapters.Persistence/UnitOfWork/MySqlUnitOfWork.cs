using System.Data;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Application.Common.Ports;
using Hexagon.Domain.Common;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Persistence.UnitOfWork;

/// <summary>
/// One transaction around a use case's repository calls, on the scope's <see cref="DbSession"/>.
/// <list type="bullet">
/// <item>READ COMMITTED, not MySQL's default REPEATABLE READ: locking reads and updates then lock only the rows they
/// find, not the gaps between them, which is where most deadlocks between concurrent order inserts come from; and
/// each statement sees what others committed, which is what stock checks under <c>SELECT ... FOR UPDATE</c> want.
/// The level applies to this transaction only (the driver sends SET TRANSACTION, not SET SESSION).</item>
/// <item>A deadlock (1213) or lock wait timeout (1205) rolls back and re-runs the whole delegate, with back-off from
/// <see cref="TransientRetryPolicy"/>. Anything else rolls back and propagates.</item>
/// <item>A failed <see cref="Result{T}"/> (or a failed <see cref="Result"/> returned through the plain overload)
/// rolls back and is returned as it is.</item>
/// <item>Nested calls join the running transaction: no second transaction, no commit, no retry of their own. A
/// deadlock inside propagates to the outermost call, which re-runs everything; a failed result inside is just a
/// value the outer delegate decides about.</item>
/// </list>
/// </summary>
public sealed partial class MySqlUnitOfWork(DbSession session, TransientRetryPolicy retryPolicy, ILogger<MySqlUnitOfWork> logger) : IUnitOfWork
{
    public Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(work, static value => value is not Result { IsSuccess: false }, cancellationToken);

    public Task<Result<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken) =>
        RunAsync(work, static result => result.IsSuccess, cancellationToken);

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (session.InTransaction)
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            TimeSpan delay;
            try
            {
                return await RunOnceAsync(work, shouldCommit, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (MySqlErrors.IsTransient(exception) && retryPolicy.ShouldRetry(attempt))
            {
                delay = retryPolicy.DelayBefore(attempt);
                LogRetrying(logger, MySqlErrors.ServerErrorNumber(exception), attempt, retryPolicy.MaxRetries, delay.TotalMilliseconds);
            }

            await retryPolicy.WaitAsync(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<T> RunOnceAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken)
    {
        await session.BeginAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        var failed = true;
        try
        {
            var value = await work(cancellationToken).ConfigureAwait(false);
            if (shouldCommit(value))
            {
                await session.CommitAsync().ConfigureAwait(false);
            }
            else
            {
                await session.RollbackAsync().ConfigureAwait(false);
            }

            failed = false;
            return value;
        }
        finally
        {
            await session.EndAsync(failed).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MySQL error {ErrorNumber} in a unit of work; rolled back, retry {Retry} of {MaxRetries} in {DelayMilliseconds:0} ms")]
    private static partial void LogRetrying(ILogger logger, int? errorNumber, int retry, int maxRetries, double delayMilliseconds);

    public ValueTask ReleaseConnectionAsync() => session.ReleaseIdleConnectionAsync();
}
