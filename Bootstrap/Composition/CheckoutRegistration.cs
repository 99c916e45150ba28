using Hexagon.Adapters.Payments.Configuration;
using Hexagon.Adapters.Persistence.Checkouts;
using Hexagon.Adapters.Persistence.Payments;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Adapters.Web.Checkouts;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Adapters.Web.Payments;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Checkouts.CreateCheckout;
using Hexagon.Application.Checkouts.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Payments;
using Hexagon.Application.Payments.ConfirmPayment;
using Hexagon.Application.Payments.Ports;
using Hexagon.Application.Promotions.Ports;
using Microsoft.Extensions.Options;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// The money path up to a confirmed payment: the checkout (cart → server-priced offer) and the payment confirm
/// (Toss approval, verified against the checkout, recorded in one short transaction).
/// </summary>
public static class CheckoutRegistration
{
    public static IServiceCollection AddHexagonCheckout(this IServiceCollection services)
    {
        services.AddScoped<ICheckoutRepository>(sp => new MySqlCheckoutRepository(sp.GetRequiredService<DbSession>()));
        services.AddScoped<IPaymentRecords>(sp => new MySqlPaymentRecords(sp.GetRequiredService<DbSession>()));

        services.AddScoped<ICreateCheckout>(sp => new CreateCheckoutService(
            sp.GetRequiredService<ICartReader>(),
            sp.GetRequiredService<ICouponRepository>(),
            sp.GetRequiredService<IPointLedger>(),
            sp.GetRequiredService<IUserRepository>(),
            sp.GetRequiredService<ICheckoutRepository>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEndpointModule>(_ => new CheckoutEndpoints(AuthorizationPolicies.Customer));

        services.AddScoped(sp => new PaymentOutcomeResolver(sp.GetRequiredService<IPaymentGateway>()));
        services.AddScoped(sp => new PaymentConfirmation(
            sp.GetRequiredService<ICheckoutRepository>(),
            sp.GetRequiredService<IPaymentRecords>(),
            sp.GetRequiredService<IPaymentGateway>(),
            sp.GetRequiredService<PaymentOutcomeResolver>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<IAlertSink>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PaymentConfirmation>>()));
        services.AddScoped<IConfirmPayment>(sp => new ConfirmPaymentService(
            sp.GetRequiredService<ICheckoutRepository>(), sp.GetRequiredService<PaymentConfirmation>()));
        services.AddSingleton<IEndpointModule>(sp =>
        {
            // The confirm may take a whole Toss call and then a lookup; the request's own limit must not cut them short.
            var toss = sp.GetRequiredService<IOptions<TossOptions>>().Value;
            return new PaymentEndpoints(AuthorizationPolicies.Customer, (toss.OverallTimeout() * 2) + TimeSpan.FromSeconds(5));
        });
        return services;
    }
}
