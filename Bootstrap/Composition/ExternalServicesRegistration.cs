using Hexagon.Adapters.Payments.Configuration;
using Hexagon.Adapters.Payments.Toss;
using Hexagon.Application.Payments.Ports;
using Microsoft.Extensions.Options;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// The payment gateway (Toss over a typed HttpClient with Basic auth and the retry/breaker/timeout handler); the push
/// adapter is registered with the notifications (NotificationsRegistration). Options are validated at start-up, so a
/// deployment learns about a missing key at boot, not at the first order.
/// </summary>
public static class ExternalServicesRegistration
{
    public static IServiceCollection AddHexagonExternalServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TossOptions>(configuration, TossOptions.Section);
        services.AddSingleton(sp => new TossCircuit(sp.GetRequiredService<IOptions<TossOptions>>().Value.ResilienceSettings()));
        services.AddHttpClient<IPaymentGateway, TossPaymentGateway>((client, sp) =>
            {
                var options = sp.GetRequiredService<IOptions<TossOptions>>().Value;
                client.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
                client.Timeout = options.OverallTimeout();
                client.DefaultRequestHeaders.Authorization = TossBasicAuthentication.HeaderFor(options.SecretKey);
                return new TossPaymentGateway(client, sp.GetRequiredService<ILogger<TossPaymentGateway>>());
            })
            .AddHttpMessageHandler(sp => sp.GetRequiredService<TossCircuit>().CreateHandler());

        return services;
    }
}
