using Dapper;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Adapters.Persistence.Schema;
using Hexagon.Application.Health.Ports;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Persistence.Health;

/// <summary>
/// Ready when the database answers a query within the timeout and has every shipped migration applied: an instance
/// whose schema is behind must not take traffic. Failures are logged by type and message only, never with the
/// connection string.
/// </summary>
public sealed partial class MySqlReadinessProbe(
    IDbConnectionFactory connectionFactory,
    MySqlMigrationRunner migrationRunner,
    ILogger<MySqlReadinessProbe> logger,
    TimeSpan? timeout = null) : IReadinessProbe
{
    /// <summary>Short, so /health/ready answers well inside a load balancer's probe timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    private readonly TimeSpan _timeout = timeout ?? DefaultTimeout;

    public string Name => "mysql";

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            // WaitAsync as well as the token: the driver's connect does not always honour a token.
            return await CheckAsync(deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogNotReady(logger, exception.GetType().Name, exception.Message);
            return false;
        }
    }

    private async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        var connection = await connectionFactory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (await migrationRunner.AreAllAppliedAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            LogNotReady(logger, "MigrationsPending", "not every shipped migration is applied to this database");
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MySQL is not ready: {ErrorType}: {Reason}")]
    private static partial void LogNotReady(ILogger logger, string errorType, string reason);
}
