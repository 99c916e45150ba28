using Hexagon.Adapters.Persistence.Cart;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Adapters.Web.Cart;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Cart.AddCartItem;
using Hexagon.Application.Cart.ChangeCartItemQuantity;
using Hexagon.Application.Cart.CheckCartStock;
using Hexagon.Application.Cart.ClearCart;
using Hexagon.Application.Cart.GetCart;
using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Cart.RemoveCartItem;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Common.Ports;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// Builds the customer's cart and its stock check. Needs the catalog (AddHexagonCatalog) for the menus' option groups.
/// ICartReader is the read side the checkout reuses.
/// </summary>
public static class CartRegistration
{
    public static IServiceCollection AddHexagonCart(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<ICartReader>(sp => new MySqlCartReader(sp.GetRequiredService<DbSession>()));
        services.AddScoped<ICartRepository>(sp => new MySqlCartRepository(sp.GetRequiredService<DbSession>()));

        services.AddScoped<IGetCart>(sp => new GetCartService(sp.GetRequiredService<ICartReader>()));
        services.AddScoped<IAddCartItem>(sp => new AddCartItemService(
            sp.GetRequiredService<ICartRepository>(),
            sp.GetRequiredService<IStoreCatalog>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IChangeCartItemQuantity>(sp => new ChangeCartItemQuantityService(
            sp.GetRequiredService<ICartRepository>(),
            sp.GetRequiredService<ICartReader>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IRemoveCartItem>(sp => new RemoveCartItemService(sp.GetRequiredService<ICartRepository>(), sp.GetRequiredService<IUnitOfWork>()));
        services.AddScoped<IClearCart>(sp => new ClearCartService(sp.GetRequiredService<ICartRepository>(), sp.GetRequiredService<IUnitOfWork>()));
        services.AddScoped<ICheckCartStock>(sp => new CheckCartStockService(sp.GetRequiredService<ICartReader>()));
        services.AddSingleton<IEndpointModule>(_ => new CartEndpoints(AuthorizationPolicies.Customer));
        return services;
    }
}
