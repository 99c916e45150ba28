namespace Hexagon.Application.Promotions.ListMyCoupons;

public sealed record ListMyCouponsQuery(long UserId);
