using Hexagon.Adapters.Notifications.Configuration;
using Hexagon.Adapters.Payments.Configuration;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// Settings of the payment and push adapters. The adapters themselves arrive with the checkout and notification work;
/// their options are validated from the start so a deployment learns about a missing key at boot, not at first order.
/// </summary>
public static class ExternalServicesRegistration
{
    public static IServiceCollection AddHexagonExternalServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TossOptions>(configuration, TossOptions.Section);
        services.AddValidatedOptions<FcmOptions>(configuration, FcmOptions.Section);
        return services;
    }
}
