using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Hexagon.Adapters.Persistence.Driver;

/// <summary>
/// Gives the async execute methods working cancellation and timeouts. MySql.Data 26.10 ignores the token passed to
/// its async methods, reports a statement stopped by KILL QUERY as a NullReferenceException, and never returns from
/// an async command whose CommandTimeout expires (all measured on MariaDB 10.11). So the driver's timer is switched
/// off and <see cref="StatementInterruption"/> does the job. Synchronous methods keep the driver's timer, which does
/// work there (it closes the connection).
/// </summary>
internal sealed class InterruptibleCommand : DbCommand
{
    private readonly DbCommand _inner;
    private InterruptibleConnection? _connection;

    public InterruptibleCommand(DbCommand inner, InterruptibleConnection connection, int defaultTimeoutSeconds)
    {
        _inner = inner;
        _connection = connection;
        CommandTimeout = defaultTimeoutSeconds;
    }

    [AllowNull]
    public override string CommandText { get => _inner.CommandText; set => _inner.CommandText = value; }

    /// <summary>Seconds; 0 means no limit. Held here, not in the driver command (see the class comment).</summary>
    public override int CommandTimeout { get; set; }

    public override CommandType CommandType { get => _inner.CommandType; set => _inner.CommandType = value; }

    public override bool DesignTimeVisible { get => _inner.DesignTimeVisible; set => _inner.DesignTimeVisible = value; }

    public override UpdateRowSource UpdatedRowSource { get => _inner.UpdatedRowSource; set => _inner.UpdatedRowSource = value; }

    protected override DbConnection? DbConnection
    {
        get => _connection;
        set
        {
            _connection = value switch
            {
                null => null,
                InterruptibleConnection connection => connection,
                _ => throw new ArgumentException("Use a connection from IDbConnectionFactory.", nameof(value)),
            };
            _inner.Connection = _connection?.Inner;
        }
    }

    protected override DbParameterCollection DbParameterCollection => _inner.Parameters;

    protected override DbTransaction? DbTransaction { get => _inner.Transaction; set => _inner.Transaction = value; }

    public override void Cancel() => _connection?.InterruptAsync().GetAwaiter().GetResult();

    public override void Prepare() => _inner.Prepare();

    protected override DbParameter CreateDbParameter() => _inner.CreateParameter();

    public override int ExecuteNonQuery()
    {
        _inner.CommandTimeout = CommandTimeout;
        return _inner.ExecuteNonQuery();
    }

    public override object? ExecuteScalar()
    {
        _inner.CommandTimeout = CommandTimeout;
        return _inner.ExecuteScalar();
    }

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        _inner.CommandTimeout = CommandTimeout;
        return _inner.ExecuteReader(behavior);
    }

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
        RunAsync(_inner.ExecuteNonQueryAsync, cancellationToken);

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) =>
        RunAsync(_inner.ExecuteScalarAsync, cancellationToken);

    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        RunAsync(token => _inner.ExecuteReaderAsync(behavior, token), cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> execute, CancellationToken cancellationToken)
    {
        var connection = _connection ?? throw new InvalidOperationException("The command has no connection.");
        _inner.CommandTimeout = 0; // see the class comment: our timeout replaces the driver's
        // The driver's token handling is the broken part; it never gets one.
        return StatementInterruption.RunAsync(() => execute(CancellationToken.None), connection.InterruptAsync, CommandTimeout, cancellationToken);
    }
}
