using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Hexagon.Adapters.Persistence.Driver;

/// <summary>
/// A driver connection whose async commands stop on the server when their token fires or their timeout passes.
/// Everything else is passed straight through; transactions are the driver's own, so Dapper sees no difference.
/// Not thread-safe, like every ADO.NET connection.
/// </summary>
internal sealed class InterruptibleConnection(
    DbConnection inner,
    Func<DbConnection, Task> interruptRunningStatement,
    int defaultCommandTimeoutSeconds) : DbConnection
{
    internal DbConnection Inner => inner;

    [AllowNull]
    public override string ConnectionString
    {
        get => inner.ConnectionString;
        set => inner.ConnectionString = value;
    }

    public override string Database => inner.Database;

    public override string DataSource => inner.DataSource;

    public override string ServerVersion => inner.ServerVersion;

    public override ConnectionState State => inner.State;

    public override int ConnectionTimeout => inner.ConnectionTimeout;

    public override void ChangeDatabase(string databaseName) => inner.ChangeDatabase(databaseName);

    public override Task ChangeDatabaseAsync(string databaseName, CancellationToken cancellationToken = default) =>
        inner.ChangeDatabaseAsync(databaseName, cancellationToken);

    public override void Open() => inner.Open();

    public override Task OpenAsync(CancellationToken cancellationToken) => inner.OpenAsync(cancellationToken);

    public override void Close() => inner.Close();

    public override Task CloseAsync() => inner.CloseAsync();

    /// <summary>Stops whatever statement runs on this connection right now; a no-op when it is idle.</summary>
    internal Task InterruptAsync() => interruptRunningStatement(inner);

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => inner.BeginTransaction(isolationLevel);

    protected override ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken) =>
        inner.BeginTransactionAsync(isolationLevel, cancellationToken);

    protected override DbCommand CreateDbCommand() => new InterruptibleCommand(inner.CreateCommand(), this, defaultCommandTimeoutSeconds);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
