using Hexagon.Application.Promotions.Ports;
using Hexagon.Application.Promotions.SeedDemo;

namespace Hexagon.Application.Tests.Promotions;

/// <summary>Keeps what the seeder wrote and whether it ran inside a unit of work.</summary>
internal sealed class InMemoryDemoPromotionsWriter(Func<bool> inTransaction) : IDemoPromotionsWriter
{
    public List<(long UserId, long Points, string Reason, bool InTransaction)> WelcomeGrants { get; } = [];

    public List<(long UserId, DemoCoupon Coupon)> Coupons { get; } = [];

    public Task RecordWelcomePointsAsync(long userId, long points, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        WelcomeGrants.Add((userId, points, reason, inTransaction()));
        return Task.CompletedTask;
    }

    public Task IssueCouponsAsync(long userId, IReadOnlyList<DemoCoupon> coupons, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Coupons.AddRange(coupons.Select(coupon => (userId, coupon)));
        return Task.CompletedTask;
    }
}
