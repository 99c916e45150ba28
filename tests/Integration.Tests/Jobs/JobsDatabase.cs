using Dapper;
using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Adapters.Persistence.Schema;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using MySql.Data.MySqlClient;

namespace Hexagon.Integration.Tests.Jobs;

/// <summary>
/// A throwaway database migrated by the service's own migration runner with the shipped files (0002 Quartz tables,
/// 0003 job_runs among them), so the tests also prove the scripts apply on the real server. Migrated and recorded,
/// it is also a database the whole service can start on.
/// </summary>
internal sealed class JobsDatabase : IAsyncDisposable
{
    private JobsDatabase(string name) => Name = name;

    public string Name { get; }

    public string ConnectionString => TestServers.ConnectionStringFor(Name);

    /// <summary>The connection factory the service uses, on this database.</summary>
    public IDbConnectionFactory ConnectionFactory => new MySqlConnectionFactory(Options, NullLogger<MySqlConnectionFactory>.Instance);

    private DatabaseOptions Options => new() { ConnectionString = ConnectionString };

    public static async Task<JobsDatabase> CreateAsync(string prefix)
    {
        var database = new JobsDatabase(TestDatabase.UniqueName(prefix));
        await TestDatabase.CreateAsync(database.Name, recreate: true);
        var runner = new MySqlMigrationRunner(
            database.ConnectionFactory, new EmbeddedMigrationSource(), database.Options, NullLogger<MySqlMigrationRunner>.Instance);
        await runner.MigrateAsync(CancellationToken.None);
        return database;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new MySqlConnection(ConnectionString);
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        // Closes the idle connections Quartz and the run log pooled for this database, so the server frees them now.
        MySqlConnection.ClearAllPools();
        await TestDatabase.DropAsync(Name);
    }
}
