using Hexagon.Application.Promotions.SeedDemo;

namespace Hexagon.Application.Promotions.Ports;

/// <summary>Writes the demo customer's points history and coupons for `--seed-demo`. Joins the running unit of work.</summary>
public interface IDemoPromotionsWriter
{
    /// <summary>
    /// Records the welcome grant as the customer's first ledger entry, with the balance after it equal to
    /// <paramref name="points"/> (the seeder sets the balance itself). Only when the customer has no ledger entry yet,
    /// so seeding again writes nothing twice.
    /// </summary>
    Task RecordWelcomePointsAsync(long userId, long points, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Creates the coupons and issues one of each to the customer, only when the customer holds no coupon yet.</summary>
    Task IssueCouponsAsync(long userId, IReadOnlyList<DemoCoupon> coupons, DateTimeOffset now, CancellationToken cancellationToken);
}
