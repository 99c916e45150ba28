using MySql.Data.MySqlClient;

namespace Hexagon.Integration.Tests.Infrastructure;

/// <summary>Creates and drops the databases tests run in, on the server deploy/test.sh started.</summary>
public static class TestDatabase
{
    public static async Task CreateAsync(string database, bool recreate = false)
    {
        await using var connection = new MySqlConnection(TestServers.MySqlServer);
        await connection.OpenAsync();
        if (recreate)
        {
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS `{database}`");
        }

        await ExecuteAsync(connection, $"CREATE DATABASE IF NOT EXISTS `{database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public static async Task DropAsync(string database)
    {
        await using var connection = new MySqlConnection(TestServers.MySqlServer);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS `{database}`");
    }

    /// <summary>A fresh name for a throwaway database (MySQL names are at most 64 characters).</summary>
    public static string UniqueName(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];

    private static async Task ExecuteAsync(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
