namespace Hexagon.Adapters.Web.Checkouts;

/// <summary>Body of POST /api/v1/checkout. No price and no cart: both are read from the database.</summary>
public sealed record CreateCheckoutRequest(long? UserCouponId, long? UsePoints, string? RequestNote);
