namespace Hexagon.Bootstrap.Composition;

/// <summary>Binds an options class to its configuration section and validates it when the service starts.</summary>
public static class OptionsRegistration
{
    public static IServiceCollection AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
