namespace Hexagon.Application.Checkouts.CreateCheckout;

/// <param name="UsePoints">Points (won) to spend; 0 for none.</param>
public sealed record CreateCheckoutCommand(long UserId, long? UserCouponId, long UsePoints, string? RequestNote);
