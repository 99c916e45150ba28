using Dapper;
using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Adapters.Persistence.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using MySql.Data.MySqlClient;

namespace Hexagon.Integration.Tests.Infrastructure;

/// <summary>
/// A throwaway database for one test or fixture, created empty (or migrated with the shipped files by the service's
/// own runner) and dropped afterwards. Raw connections (the driver itself, not the adapter) are for arranging and
/// observing, so the adapter is never checked against itself.
/// </summary>
internal sealed class ThrowawayDatabase : IAsyncDisposable
{
    private ThrowawayDatabase(string name) => Name = name;

    public string Name { get; }

    public string ConnectionString => TestServers.ConnectionStringFor(Name);

    public static async Task<ThrowawayDatabase> CreateAsync(string prefix = "hexagon_t")
    {
        var database = new ThrowawayDatabase(TestDatabase.UniqueName(prefix));
        await TestDatabase.CreateAsync(database.Name, recreate: true);
        return database;
    }

    /// <summary>A new database with every shipped migration applied: one the whole service can start on.</summary>
    public static async Task<ThrowawayDatabase> CreateMigratedAsync(string prefix = "hexagon_t")
    {
        var database = await CreateAsync(prefix);
        var runner = new MySqlMigrationRunner(
            database.ConnectionFactory(), new EmbeddedMigrationSource(), database.Options(), NullLogger<MySqlMigrationRunner>.Instance);
        await runner.MigrateAsync(CancellationToken.None);
        return database;
    }

    public DatabaseOptions Options(Action<DatabaseOptions>? configure = null)
    {
        var options = new DatabaseOptions { ConnectionString = ConnectionString };
        configure?.Invoke(options);
        return options;
    }

    public IDbConnectionFactory ConnectionFactory(Action<DatabaseOptions>? configure = null) =>
        new MySqlConnectionFactory(Options(configure), NullLogger<MySqlConnectionFactory>.Instance);

    public async Task<MySqlConnection> OpenRawAsync()
    {
        var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await OpenRawAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenRawAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"No value from: {sql}");
    }

    public async Task<List<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenRawAsync();
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    /// <summary>Statements of this database still running on the server whose text contains <paramref name="fragment"/>.</summary>
    public Task<long> RunningStatementsAsync(string fragment) => ScalarAsync<long>(
        "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = @Name AND COMMAND = 'Query' AND INFO LIKE CONCAT('%', @fragment, '%') AND ID <> CONNECTION_ID()",
        new { Name, fragment });

    public async ValueTask DisposeAsync()
    {
        // Closes the idle connections pooled for this database (Quartz's, the run log's), so the server frees them now.
        MySqlConnection.ClearAllPools();
        await TestDatabase.DropAsync(Name);
    }
}
