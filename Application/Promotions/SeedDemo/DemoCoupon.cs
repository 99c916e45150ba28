namespace Hexagon.Application.Promotions.SeedDemo;

/// <param name="StoreId">The one store it is for, or null for every store.</param>
/// <param name="ValidUntil">Exclusive, like every coupon's.</param>
public sealed record DemoCoupon(
    string Name,
    long? StoreId,
    long DiscountAmount,
    long MinimumOrderAmount,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil);
