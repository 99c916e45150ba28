namespace Hexagon.Integration.Tests.Infrastructure;

/// <summary>
/// Where the real servers that deploy/test.sh started are. Tests never touch the run command's database:
/// they use their own database names on the same server.
/// </summary>
public static class TestServers
{
    /// <summary>A server-level MySQL connection string (no database), with rights to create databases.</summary>
    public static string MySqlServer { get; } =
        Environment.GetEnvironmentVariable("HEXAGON_TEST_MYSQL")
        ?? "Server=127.0.0.1;Port=3307;User ID=hexagon;Password=hexagon;SslMode=Disabled;AllowPublicKeyRetrieval=true";

    /// <summary>StackExchange.Redis configuration of the shared test Redis.</summary>
    public static string Redis { get; } = Environment.GetEnvironmentVariable("HEXAGON_TEST_REDIS") ?? "127.0.0.1:6380";

    /// <summary>The database the HTTP pipeline tests run against.</summary>
    public static string Database { get; } = Environment.GetEnvironmentVariable("HEXAGON_TEST_DATABASE") ?? "hexagon_test";

    public static string ConnectionStringFor(string database) => $"{MySqlServer};Database={database}";
}
