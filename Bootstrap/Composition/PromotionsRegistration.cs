using Hexagon.Adapters.Persistence.Promotions;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Adapters.Web.Promotions;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Promotions.ListMyCoupons;
using Hexagon.Application.Promotions.ListMyPoints;
using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// Builds coupons and points: the repositories the checkout and the order placement use (ICouponRepository,
/// IPointLedger), the two "me" lists, and the demo writer the seeder uses. Each adapter class is registered once per
/// scope and exposed under each of its ports, so a scope has one instance on its one DbSession.
/// </summary>
public static class PromotionsRegistration
{
    public static IServiceCollection AddHexagonPromotions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped(sp => new MySqlCouponRepository(sp.GetRequiredService<DbSession>()));
        services.AddScoped<ICouponRepository>(sp => sp.GetRequiredService<MySqlCouponRepository>());
        services.AddScoped<IUsableCoupons>(sp => sp.GetRequiredService<MySqlCouponRepository>());

        services.AddScoped(sp => new MySqlPointLedger(sp.GetRequiredService<DbSession>(), sp.GetRequiredService<IUnitOfWork>()));
        services.AddScoped<IPointLedger>(sp => sp.GetRequiredService<MySqlPointLedger>());
        services.AddScoped<IPointHistory>(sp => sp.GetRequiredService<MySqlPointLedger>());

        services.AddScoped<IDemoPromotionsWriter>(sp => new MySqlDemoPromotionsWriter(sp.GetRequiredService<DbSession>()));

        services.AddScoped<IListMyCoupons>(sp => new ListMyCouponsService(sp.GetRequiredService<IUsableCoupons>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IListMyPoints>(sp => new ListMyPointsService(sp.GetRequiredService<IPointLedger>(), sp.GetRequiredService<IPointHistory>()));
        services.AddSingleton<IEndpointModule>(_ => new PromotionEndpoints(AuthorizationPolicies.Customer));
        return services;
    }
}
