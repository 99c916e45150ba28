using Dapper;
using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using MySql.Data.MySqlClient;

namespace Hexagon.Integration.Tests.Persistence;

/// <summary>
/// A throwaway hexagon_t_* database for one test, created empty and dropped afterwards. Raw connections (the driver
/// itself, not the adapter) are for arranging and observing, so the adapter is never checked against itself.
/// </summary>
internal sealed class PersistenceDatabase : IAsyncDisposable
{
    private PersistenceDatabase(string name) => Name = name;

    public string Name { get; }

    public string ConnectionString => TestServers.ConnectionStringFor(Name);

    public static async Task<PersistenceDatabase> CreateAsync()
    {
        var database = new PersistenceDatabase(TestDatabase.UniqueName("hexagon_t"));
        await TestDatabase.CreateAsync(database.Name, recreate: true);
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

    public async ValueTask DisposeAsync() => await TestDatabase.DropAsync(Name);
}
