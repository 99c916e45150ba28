namespace Hexagon.Adapters.Persistence.Driver;

/// <summary>
/// Runs one statement and, when the caller's token fires or the timeout passes first, stops it on the server
/// (KILL QUERY from a second connection, through <c>interrupt</c>) and throws <see cref="OperationCanceledException"/>
/// or <see cref="TimeoutException"/>. Covered: the wait until the first result arrives, which is where lock waits and
/// slow statements spend their time; rows already streaming to a reader are read to the end.
/// </summary>
internal static class StatementInterruption
{
    /// <param name="execute">Runs the statement.</param>
    /// <param name="interrupt">Stops whatever runs on the statement's connection; a no-op when it is idle.</param>
    /// <param name="timeoutSeconds">0 for no limit.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static async Task<T> RunAsync<T>(Func<Task<T>> execute, Func<Task> interrupt, int timeoutSeconds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var timeout = new CancellationTokenSource();
        if (timeoutSeconds > 0)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        Task? interruption = null;
        // Task.Run: the callback runs inside whoever calls Cancel (a request abort, a timer) and must not block it.
        var registration = stop.Token.Register(() => interruption = Task.Run(interrupt));
        T result;
        try
        {
            result = await execute().ConfigureAwait(false);
        }
        catch (Exception exception) when (stop.IsCancellationRequested)
        {
            throw Stopped(cancellationToken, timeoutSeconds, exception);
        }
        finally
        {
            // Wait for the KILL to land before the connection runs anything else, so it can only hit this statement.
            await registration.DisposeAsync().ConfigureAwait(false);
            if (interruption is not null)
            {
                await interruption.ConfigureAwait(false);
            }
        }

        if (interruption is not null)
        {
            // Stopped, yet no error: a killed SLEEP returns early "successfully" (MySQL 8 for any SLEEP, MariaDB for
            // DO SLEEP), or the statement finished just as the KILL went out. Such a result cannot be told apart from
            // a cut-short one, so the caller hears what it asked for: cancelled, or timed out. (A timeout never
            // promised that a write did not happen; inside a unit of work the exception rolls it back.)
            if (result is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }

            throw Stopped(cancellationToken, timeoutSeconds, null);
        }

        return result;
    }

    private static Exception Stopped(CancellationToken cancellationToken, int timeoutSeconds, Exception? driverException) =>
        cancellationToken.IsCancellationRequested
            ? new OperationCanceledException("The database command was cancelled and stopped on the server.", driverException, cancellationToken)
            : new TimeoutException($"The database command did not finish within {timeoutSeconds} s and was stopped on the server.", driverException);
}
