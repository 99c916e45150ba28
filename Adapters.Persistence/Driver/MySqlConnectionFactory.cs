using System.Data.Common;
using Hexagon.Adapters.Persistence.Configuration;
using Microsoft.Extensions.Logging;
using MySql.Data.MySqlClient;

namespace Hexagon.Adapters.Persistence.Driver;

/// <summary>
/// The one place that creates MySql.Data connections (MySqlConnector is not served by our registry; where it is,
/// swap the two <c>new MySqlConnection</c> below and <see cref="MySqlErrors"/>, and the interruptible wrapper can go:
/// MySqlConnector cancels and times out correctly by itself).
/// </summary>
public sealed partial class MySqlConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _interruptConnectionString;
    private readonly int _commandTimeoutSeconds;
    private readonly ILogger<MySqlConnectionFactory> _logger;

    public MySqlConnectionFactory(DatabaseOptions options, ILogger<MySqlConnectionFactory> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new MySqlConnectionStringBuilder(options.ConnectionString)
        {
            // The driver's own async timeout never returns (see InterruptibleCommand); ours replaces it.
            DefaultCommandTimeout = 0,
        };
        _connectionString = builder.ConnectionString;
        // KILL QUERY must get through when the pool is exhausted, which is exactly when statements pile up.
        builder.Pooling = false;
        _interruptConnectionString = builder.ConnectionString;
        _commandTimeoutSeconds = options.CommandTimeoutSeconds;
        _logger = logger;
    }

    /// <summary>
    /// The connection string for libraries that open their own MySql.Data connections (Quartz's job store). The
    /// driver's async command timeout hangs instead of failing, so it is turned off there too; the server's
    /// innodb_lock_wait_timeout still bounds their lock waits.
    /// </summary>
    public static string ForLibrariesOpeningTheirOwnConnections(string connectionString) =>
        new MySqlConnectionStringBuilder(connectionString) { DefaultCommandTimeout = 0 }.ConnectionString;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new MySqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new InterruptibleConnection(connection, InterruptAsync, _commandTimeoutSeconds);
    }

    private async Task InterruptAsync(DbConnection connection)
    {
        // Read now, not at open: Dapper may have closed and reopened the connection on another pooled session.
        if (connection is not MySqlConnection { State: System.Data.ConnectionState.Open } mySqlConnection)
        {
            return;
        }

        var serverThread = mySqlConnection.ServerThread;
        try
        {
            var killer = new MySqlConnection(_interruptConnectionString);
            await using (killer.ConfigureAwait(false))
            {
                await killer.OpenAsync().ConfigureAwait(false);
                using var command = new MySqlCommand($"KILL QUERY {serverThread}", killer) { CommandTimeout = 5 };
                command.ExecuteNonQuery(); // synchronous on purpose: the driver's sync timeout is the one that works
            }
        }
        catch (MySqlException exception)
        {
            // Best effort: if the server cannot be reached for the KILL, the statement ends on its own and the caller
            // gets its result late. Failing here would hide the caller's own outcome behind this one.
            LogInterruptFailed(_logger, serverThread, exception.Number, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not stop MySQL statement on connection {ServerThread}: error {ErrorNumber}, {Reason}")]
    private static partial void LogInterruptFailed(ILogger logger, int serverThread, int errorNumber, string reason);
}
