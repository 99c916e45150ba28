using System.Data;
using System.Data.Common;
using Dapper;
using Hexagon.Adapters.Persistence.Driver;

namespace Hexagon.Adapters.Persistence.UnitOfWork;

/// <summary>
/// The connection and transaction that the repositories of one scope (a request, a job run) share. Repositories ask
/// for <see cref="GetConnectionAsync"/> and build their Dapper calls with <see cref="Command"/>, which attaches the
/// current transaction and the caller's cancellation token; they never open connections of their own.
/// Inside <see cref="MySqlUnitOfWork"/> every statement joins its transaction. Outside one, statements run in
/// autocommit on the same connection: the simplest rule that still needs no code in the repositories.
/// The connection is opened on first use and kept until the scope ends (a failed unit of work discards it).
/// Not thread-safe: one scope runs one statement at a time, as MySQL connections do.
/// </summary>
public sealed class DbSession(IDbConnectionFactory connectionFactory) : IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;

    /// <summary>The open transaction of the running unit of work, or null outside one.</summary>
    public DbTransaction? Transaction { get; private set; }

    public bool InTransaction => Transaction is not null;

    /// <summary>The scope's connection, opened on first use.</summary>
    public async ValueTask<DbConnection> GetConnectionAsync(CancellationToken cancellationToken)
    {
        if (InTransaction)
        {
            // Even if it broke: a fresh connection would silently run outside the transaction. Let the statement fail.
            return _connection!;
        }

        if (_connection is { State: ConnectionState.Open })
        {
            return _connection;
        }

        await DiscardConnectionAsync().ConfigureAwait(false);
        _connection = await connectionFactory.OpenAsync(cancellationToken).ConfigureAwait(false);
        return _connection;
    }

    /// <summary>Returns the connection to the pool unless a unit of work is running on it.</summary>
    public async ValueTask ReleaseIdleConnectionAsync()
    {
        if (!InTransaction)
        {
            await DiscardConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A Dapper command bound to the current transaction (if any) and to <paramref name="cancellationToken"/>.</summary>
    public CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, Transaction, cancellationToken: cancellationToken);

    internal async Task BeginAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken)
    {
        var connection = await GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        Transaction = await connection.BeginTransactionAsync(isolationLevel, cancellationToken).ConfigureAwait(false);
    }

    // Commit and rollback ignore the caller's token: once the work is done, half-finishing the transaction would
    // only leave it for the server to clean up later.
    internal Task CommitAsync() => Transaction!.CommitAsync(CancellationToken.None);

    internal Task RollbackAsync() => Transaction!.RollbackAsync(CancellationToken.None);

    /// <summary>
    /// Ends the unit of work. After a failure the transaction is rolled back and the connection thrown away rather
    /// than trusted: it may have been interrupted mid-statement, or be broken.
    /// </summary>
    internal async Task EndAsync(bool failed)
    {
        var transaction = Transaction;
        Transaction = null;
        if (transaction is not null)
        {
            if (failed)
            {
                await RollBackBrokenAsync(transaction).ConfigureAwait(false);
            }

            await transaction.DisposeAsync().ConfigureAwait(false);
        }

        if (failed)
        {
            await DiscardConnectionAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await EndAsync(failed: true).ConfigureAwait(false);
    }

    public void Dispose()
    {
        Transaction?.Dispose();
        Transaction = null;
        _connection?.Dispose();
        _connection = null;
    }

    private static async Task RollBackBrokenAsync(DbTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            // The connection is gone or unusable, and the server rolls back a transaction whose connection ends.
            // The exception that failed the unit of work is the one the caller needs; this one would only hide it.
        }
    }

    private async Task DiscardConnectionAsync()
    {
        var connection = _connection;
        _connection = null;
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
