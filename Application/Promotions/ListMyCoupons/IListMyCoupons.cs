using Hexagon.Domain.Common;

namespace Hexagon.Application.Promotions.ListMyCoupons;

/// <summary>The coupons the customer can use now (unused, within their validity), soonest to expire first.</summary>
public interface IListMyCoupons
{
    Task<Result<ListMyCouponsResult>> ListAsync(ListMyCouponsQuery query, CancellationToken cancellationToken);
}
