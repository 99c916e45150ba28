using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Adapters.Persistence.Rankings;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Adapters.Web.Rankings;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Rankings.CountOrders;
using Hexagon.Application.Rankings.GetStoreRanking;
using Hexagon.Application.Rankings.Ports;
using Hexagon.Application.Rankings.RebuildRankings;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// Store rankings in Redis: counted after each order commit by the outbox handlers "ranking.order-placed" and
/// "ranking.order-cancelled", read by GET /api/v1/rankings/stores, rebuilt from MySQL by `--rebuild-rankings`.
/// Uses the process's one Redis multiplexer (PersistenceRegistration).
/// </summary>
public static class RankingsRegistration
{
    public static IServiceCollection AddHexagonRankings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RankingOptions>(configuration, RankingOptions.Section);
        services.AddSingleton<IRankingBoard>(sp => new RedisRankingBoard(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<IOptions<RankingOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IStoreNames>(sp => new MySqlStoreNames(sp.GetRequiredService<DbSession>()));
        services.AddSingleton<IOrderRankingSource>(sp => new MySqlOrderRankingSource(sp.GetRequiredService<IDbConnectionFactory>()));

        services.AddSingleton(sp => new OrderRankingCounter(sp.GetRequiredService<IRankingBoard>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IOutboxHandler>(sp => new RankingOrderPlacedHandler(sp.GetRequiredService<OrderRankingCounter>()));
        services.AddScoped<IOutboxHandler>(sp => new RankingOrderCancelledHandler(sp.GetRequiredService<OrderRankingCounter>()));

        services.AddScoped<IGetStoreRanking>(sp => new GetStoreRankingService(
            sp.GetRequiredService<IRankingBoard>(),
            sp.GetRequiredService<IStoreNames>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IRebuildRankings>(sp => new RebuildRankingsService(
            sp.GetRequiredService<IOrderRankingSource>(),
            sp.GetRequiredService<IRankingBoard>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEndpointModule>(_ => new RankingEndpoints());
        return services;
    }
}
