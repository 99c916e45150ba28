using Hexagon.Domain.Common;

namespace Hexagon.Application.Checkouts.CreateCheckout;

/// <summary>
/// POST /api/v1/checkout: prices the caller's current cart from the database, applies a coupon and points, and keeps
/// the result as a checkout the buyer then pays through the Toss widget. The client never sends a price.
/// </summary>
public interface ICreateCheckout
{
    Task<Result<CreateCheckoutResult>> CreateAsync(CreateCheckoutCommand command, CancellationToken cancellationToken);
}
