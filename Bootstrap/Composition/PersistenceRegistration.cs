using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Adapters.Persistence.Health;
using Hexagon.Adapters.Persistence.Redis;
using Hexagon.Adapters.Persistence.Schema;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Health.Ports;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hexagon.Bootstrap.Composition;

/// <summary>Builds the persistence adapter: connection factory, unit of work, repositories, migrations, probes.</summary>
public static class PersistenceRegistration
{
    public static IServiceCollection AddHexagonPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<DatabaseOptions>(configuration, DatabaseOptions.Section);
        services.AddValidatedOptions<RedisOptions>(configuration, RedisOptions.Section);

        // Process-wide: the factory holds only the normalised connection string (the driver pools connections).
        services.AddSingleton<IDbConnectionFactory>(sp => new MySqlConnectionFactory(
            Database(sp),
            sp.GetRequiredService<ILogger<MySqlConnectionFactory>>()));
        services.AddSingleton(sp => TransientRetryPolicy.FromOptions(Database(sp)));

        // Per request or job run: one connection and transaction shared by that scope's repositories.
        services.AddScoped(sp => new DbSession(sp.GetRequiredService<IDbConnectionFactory>()));
        services.AddScoped<IUnitOfWork>(sp => new MySqlUnitOfWork(
            sp.GetRequiredService<DbSession>(),
            sp.GetRequiredService<TransientRetryPolicy>(),
            sp.GetRequiredService<ILogger<MySqlUnitOfWork>>()));

        services.AddSingleton<IMigrationSource>(_ => new EmbeddedMigrationSource());
        services.AddSingleton(sp => new MySqlMigrationRunner(
            sp.GetRequiredService<IDbConnectionFactory>(),
            sp.GetRequiredService<IMigrationSource>(),
            Database(sp),
            sp.GetRequiredService<ILogger<MySqlMigrationRunner>>()));

        // One multiplexer for the process; created on first use and disposed with the container.
        services.AddSingleton<IConnectionMultiplexer>(sp =>
            RedisMultiplexerFactory.Connect(sp.GetRequiredService<IOptions<RedisOptions>>().Value));

        // The web layer resolves IEnumerable<IReadinessProbe> for /health/ready.
        services.AddSingleton<IReadinessProbe>(sp => new MySqlReadinessProbe(
            sp.GetRequiredService<IDbConnectionFactory>(),
            sp.GetRequiredService<MySqlMigrationRunner>(),
            sp.GetRequiredService<ILogger<MySqlReadinessProbe>>()));
        services.AddSingleton<IReadinessProbe>(sp => new RedisReadinessProbe(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<ILogger<RedisReadinessProbe>>()));
        return services;
    }

    /// <summary>Applies pending migrations; throws when an applied migration file was changed.</summary>
    public static Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<MySqlMigrationRunner>().MigrateAsync(cancellationToken);
    }

    // Reading the value runs the DataAnnotations validation, so a missing connection string fails here with a clear message.
    private static DatabaseOptions Database(IServiceProvider services) => services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
}
