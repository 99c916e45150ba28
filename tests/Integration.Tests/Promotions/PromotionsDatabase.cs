using Hexagon.Adapters.Persistence.Promotions;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Promotions;

/// <summary>
/// The adapters as one request builds them: a session, the unit of work on it, and the repositories on both. Each
/// instance is its own connection, so two of them racing are two requests racing.
/// </summary>
internal sealed class PromotionsDatabase(ThrowawayDatabase database) : IAsyncDisposable
{
    private readonly DbSession _session = new(database.ConnectionFactory());

    public MySqlUnitOfWork UnitOfWork => new(_session, new TransientRetryPolicy(5, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(50)), NullLogger<MySqlUnitOfWork>.Instance);

    public MySqlCouponRepository Coupons => new(_session);

    public MySqlPointLedger Points => new(_session, UnitOfWork);

    public MySqlDemoPromotionsWriter DemoWriter => new(_session);

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
