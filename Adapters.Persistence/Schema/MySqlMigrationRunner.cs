using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.Driver;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>
/// Applies the shipped migrations at start-up and records them in schema_migrations. Instances starting together
/// take turns through a named server lock (GET_LOCK), so each file runs once. A file runs as one multi-statement
/// command. MySQL commits DDL implicitly, so a file is not atomic: it is recorded only after all of it succeeded,
/// and a file that fails half-way needs a hand to finish; hence one change per file, and small files.
/// File rules: no DELIMITER, no <c>@user_variables</c> (the driver takes them for missing parameters).
/// </summary>
public sealed partial class MySqlMigrationRunner
{
    private const string CreateHistoryTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INT NOT NULL,
            name VARCHAR(255) NOT NULL,
            checksum CHAR(64) NOT NULL,
            applied_at DATETIME(6) NOT NULL COMMENT 'UTC',
            execution_ms BIGINT NOT NULL,
            PRIMARY KEY (version)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
        """;

    private const string ReadHistorySql = "SELECT version AS Version, name AS Name, checksum AS Checksum FROM schema_migrations";

    private const string RecordSql = """
        INSERT INTO schema_migrations (version, name, checksum, applied_at, execution_ms)
        VALUES (@Version, @Name, @Checksum, UTC_TIMESTAMP(6), @ExecutionMs)
        """;

    private readonly IDbConnectionFactory _connectionFactory;
    private readonly DatabaseOptions _options;
    private readonly ILogger<MySqlMigrationRunner> _logger;
    private readonly Lazy<IReadOnlyList<MigrationScript>> _scripts;

    public MySqlMigrationRunner(IDbConnectionFactory connectionFactory, IMigrationSource source, DatabaseOptions options, ILogger<MySqlMigrationRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(source);
        _connectionFactory = connectionFactory;
        _options = options;
        _logger = logger;
        _scripts = new Lazy<IReadOnlyList<MigrationScript>>(() => MigrationPlanner.Parse(source.Load()));
    }

    /// <summary>The shipped migrations, validated and in order.</summary>
    public IReadOnlyList<MigrationScript> Scripts => _scripts.Value;

    /// <exception cref="InvalidMigrationException">The shipped files break the naming rules.</exception>
    /// <exception cref="AppliedMigrationChangedException">An applied file was edited; nothing is applied.</exception>
    /// <exception cref="TimeoutException">Another instance held the lock for longer than MigrationLockTimeoutSeconds.</exception>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = Scripts; // bad file names fail here, before the database is touched
        var connection = await _connectionFactory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var migrationLock = new MigrationLock(connection, _options.MigrationLockTimeoutSeconds, _logger);
            await migrationLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(CreateHistoryTableSql, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var plan = MigrationPlanner.Plan(scripts, await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false));
                foreach (var unknown in plan.Unknown)
                {
                    LogUnknown(_logger, unknown.Version, unknown.Name);
                }

                foreach (var script in plan.Pending)
                {
                    await ApplyAsync(connection, script, cancellationToken).ConfigureAwait(false);
                }

                return new MigrationReport(plan.Pending, plan.AlreadyApplied);
            }
            finally
            {
                await migrationLock.ReleaseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>True when every shipped migration is recorded, unchanged, in the database behind <paramref name="connection"/>.</summary>
    public async Task<bool> AreAllAppliedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        IReadOnlyList<AppliedMigration> applied;
        try
        {
            applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException exception) when (MySqlErrors.ServerErrorNumber(exception) == MySqlErrors.NoSuchTable)
        {
            return false; // never migrated
        }

        var recorded = applied.ToDictionary(migration => migration.Version);
        return Scripts.All(script => recorded.TryGetValue(script.Version, out var row)
            && row.Name == script.FileName
            && string.Equals(row.Checksum, script.Checksum, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<IReadOnlyList<AppliedMigration>> ReadAppliedAsync(DbConnection connection, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<AppliedMigration>(new CommandDefinition(ReadHistorySql, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();

    private async Task ApplyAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            // No timeout: a large ALTER may take minutes, and stopping it half-way is worse than waiting.
            await connection.ExecuteAsync(new CommandDefinition(script.Sql, commandTimeout: 0, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            throw new InvalidOperationException(
                $"Migration '{script.FileName}' failed and was not recorded; statements before the failing one may have been applied: {exception.Message}",
                exception);
        }

        // Not cancellable: the file ran, so it must be recorded, or the next start would run it again.
        await connection.ExecuteAsync(new CommandDefinition(
            RecordSql,
            new { script.Version, Name = script.FileName, script.Checksum, ExecutionMs = stopwatch.ElapsedMilliseconds },
            cancellationToken: CancellationToken.None)).ConfigureAwait(false);
        LogApplied(_logger, script.FileName, stopwatch.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {FileName} in {ElapsedMilliseconds} ms")]
    private static partial void LogApplied(ILogger logger, string fileName, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database has migration {Version} ({Name}) that this build does not ship; a newer build ran first")]
    private static partial void LogUnknown(ILogger logger, int version, string name);

}
