using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>
/// A MySQL named lock (GET_LOCK) held by one connection while it migrates. It belongs to the server session, so it
/// goes away by itself if the instance dies; a pooled connection keeps its session, so it must be released explicitly.
/// </summary>
internal sealed partial class MigrationLock(DbConnection connection, int timeoutSeconds, ILogger logger)
{
    // Per database, so test databases and environments sharing one server do not queue behind each other.
    // MySQL caps lock names at 64 characters; a long database name is hashed.
    public string Name { get; } = NameFor(connection.Database);

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        var acquired = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT GET_LOCK(@lockName, @timeoutSeconds)",
            new { lockName = Name, timeoutSeconds },
            commandTimeout: timeoutSeconds + 10,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (acquired != 1)
        {
            throw new TimeoutException(
                $"Another instance held the migration lock '{Name}' for more than {timeoutSeconds} s; not starting on a schema being changed.");
        }
    }

    public async Task ReleaseAsync()
    {
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("DO RELEASE_LOCK(@lockName)", new { lockName = Name })).ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            // The connection is broken, and the server releases a session's locks when the session ends. Throwing
            // here would replace the exception that explains why the migration stopped.
            LogReleaseFailed(logger, Name, exception.Message);
        }
    }

    private static string NameFor(string database)
    {
        var name = $"hexagon_migrations.{database}";
        return name.Length <= 64
            ? name
            : $"hexagon_migrations.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(database)))[..40]}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release migration lock {LockName}: {Reason}")]
    private static partial void LogReleaseFailed(ILogger logger, string lockName, string reason);
}
