using Hexagon.Adapters.Persistence.Catalog;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Adapters.Web.Catalog;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Catalog.GetMenu;
using Hexagon.Application.Catalog.GetStore;
using Hexagon.Application.Catalog.LikeStore;
using Hexagon.Application.Catalog.ListMyLikes;
using Hexagon.Application.Catalog.ListStores;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Catalog.SeedDemo;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Identity.Ports;
using Microsoft.Extensions.Options;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// Builds the catalog: the public store pages (the list near a point, a store's menu board, a menu's options), a customer's likes and
/// the demo data seeder behind `--seed-demo`.
/// </summary>
public static class CatalogRegistration
{
    public static IServiceCollection AddHexagonCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CatalogOptions>(configuration, CatalogOptions.Section);
        services.AddScoped<IStoreCatalog>(sp => new MySqlStoreCatalog(sp.GetRequiredService<DbSession>()));
        services.AddScoped<IListStores>(sp => new ListStoresService(
            sp.GetRequiredService<IStoreCatalog>(), sp.GetRequiredService<IOptions<CatalogOptions>>().Value.SearchRadiusMeters));
        services.AddScoped<IGetStore>(sp => new GetStoreService(sp.GetRequiredService<IStoreCatalog>()));
        services.AddScoped<IGetMenu>(sp => new GetMenuService(sp.GetRequiredService<IStoreCatalog>()));
        services.AddSingleton<IEndpointModule>(_ => new CatalogEndpoints());

        services.AddScoped<IStoreLikes>(sp => new MySqlStoreLikes(sp.GetRequiredService<DbSession>()));
        services.AddScoped<ILikeStore>(sp => new LikeStoreService(
            sp.GetRequiredService<IStoreLikes>(), sp.GetRequiredService<IUnitOfWork>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IUnlikeStore>(sp => new UnlikeStoreService(sp.GetRequiredService<IStoreLikes>(), sp.GetRequiredService<IUnitOfWork>()));
        services.AddScoped<IListMyLikes>(sp => new ListMyLikesService(sp.GetRequiredService<IStoreLikes>()));
        services.AddSingleton<IEndpointModule>(_ => new LikeEndpoints(AuthorizationPolicies.Customer));

        services.AddScoped<IDemoDataWriter>(sp => new MySqlDemoDataWriter(sp.GetRequiredService<DbSession>()));

        services.AddScoped<ISeedDemoData>(sp => new SeedDemoService(
            sp.GetRequiredService<IDemoDataWriter>(),
            sp.GetRequiredService<IUserRepository>(),
            sp.GetRequiredService<IPasswordHasher>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Hexagon.Application.Promotions.Ports.IDemoPromotionsWriter>()));
        return services;
    }
}
