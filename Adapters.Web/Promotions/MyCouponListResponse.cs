using Hexagon.Application.Promotions.ListMyCoupons;

namespace Hexagon.Adapters.Web.Promotions;

/// <summary>The body of GET /api/v1/me/coupons: every usable coupon, unpaged.</summary>
public sealed record MyCouponListResponse(IReadOnlyList<MyCouponResponse> Data)
{
    public static MyCouponListResponse From(ListMyCouponsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new MyCouponListResponse(result.Coupons.Select(MyCouponResponse.From).ToList());
    }
}
