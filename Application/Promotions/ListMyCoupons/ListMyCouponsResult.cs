using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Application.Promotions.ListMyCoupons;

public sealed record ListMyCouponsResult(IReadOnlyList<UsableCoupon> Coupons);
