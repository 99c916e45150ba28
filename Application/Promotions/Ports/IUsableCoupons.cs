namespace Hexagon.Application.Promotions.Ports;

/// <summary>The read side of "my coupons": what a customer can use now, for the coupon list of the app.</summary>
public interface IUsableCoupons
{
    /// <summary>
    /// The customer's unused coupons valid at <paramref name="now"/>, soonest to expire first, at most
    /// <paramref name="limit"/> of them.
    /// </summary>
    Task<IReadOnlyList<UsableCoupon>> ListUsableAsync(long userId, DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
