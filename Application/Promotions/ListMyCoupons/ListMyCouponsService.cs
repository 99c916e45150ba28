using Hexagon.Application.Promotions.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Promotions.ListMyCoupons;

/// <summary>
/// One unpaged list: a customer holds a handful of usable coupons, and the checkout screen wants all of them at once.
/// The cap only bounds a pathological account; it is far above anything a campaign hands out.
/// </summary>
public sealed class ListMyCouponsService(IUsableCoupons coupons, TimeProvider clock) : IListMyCoupons
{
    public const int MaxCoupons = 200;

    public async Task<Result<ListMyCouponsResult>> ListAsync(ListMyCouponsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var usable = await coupons.ListUsableAsync(query.UserId, clock.GetUtcNow(), MaxCoupons, cancellationToken).ConfigureAwait(false);
        return new ListMyCouponsResult(usable);
    }
}
