namespace Hexagon.Bootstrap.Composition;

/// <summary>Builds the Quartz job host (clustered ADO.NET store on MySQL) and the jobs it runs.</summary>
public static class JobsRegistration
{
    public static IServiceCollection AddHexagonJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
