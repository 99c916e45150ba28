using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Cart.StockCheck;
using Hexagon.Application.Checkouts.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Promotions.Ports;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Common;
using Hexagon.Domain.Promotions;

namespace Hexagon.Application.Checkouts.CreateCheckout;

/// <summary>
/// Prices the current cart from the database, checks stock, sold-out flags and the store's status, applies the coupon
/// and the points, and stores the checkout with a snapshot of its lines, all in one short transaction. Nothing is
/// reserved yet: the coupon, the points and the stock are checked again, under locks, when the order is placed.
/// </summary>
public sealed class CreateCheckoutService(
    ICartReader cartReader,
    ICouponRepository coupons,
    IPointLedger points,
    IUserRepository users,
    ICheckoutRepository checkouts,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICreateCheckout
{
    public async Task<Result<CreateCheckoutResult>> CreateAsync(CreateCheckoutCommand command, CancellationToken cancellationToken)
    {
        if (CheckoutCommandRules.Check(command) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow();
        return await unitOfWork.ExecuteAsync(token => CreateAsync(command, now, token), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<CreateCheckoutResult>> CreateAsync(CreateCheckoutCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cart = await cartReader.ReadAsync(command.UserId, cancellationToken).ConfigureAwait(false);
        if (cart.IsEmpty || cart.Store is null)
        {
            return ErrorCatalog.CheckoutCartEmpty;
        }

        var stock = StockCheckEvaluator.Evaluate(cart);
        if (stock.Insufficient)
        {
            return ErrorCatalog.CartNotOrderable.WithDetails(stock);
        }

        var amounts = await PriceAsync(command, cart.Store.StoreId, cart.Subtotal, now, cancellationToken).ConfigureAwait(false);
        if (!amounts.IsSuccess)
        {
            return amounts.Error!;
        }

        var user = await users.FindByIdAsync(command.UserId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return ErrorCatalog.UserNotFound;
        }

        var lines = CheckoutSnapshot.Of(cart);
        var checkout = new Checkout
        {
            OrderId = CheckoutOrderId.New(),
            UserId = command.UserId,
            StoreId = cart.Store.StoreId,
            OrderName = OrderName.For(lines),
            Lines = lines,
            Amounts = amounts.Value,
            UserCouponId = command.UserCouponId,
            RequestNote = string.IsNullOrWhiteSpace(command.RequestNote) ? null : command.RequestNote.Trim(),
            Status = CheckoutStatus.Open,
            CreatedAt = now,
            ExpiresAt = now + Checkout.Lifetime,
        };
        await checkouts.AddAsync(checkout, cancellationToken).ConfigureAwait(false);
        return new CreateCheckoutResult(
            checkout.OrderId, checkout.OrderName, checkout.Amount, amounts.Value.Subtotal, amounts.Value.CouponAmount,
            amounts.Value.PointAmount, user.Nickname, user.Email, checkout.ExpiresAt);
    }

    private async Task<Result<CheckoutAmounts>> PriceAsync(
        CreateCheckoutCommand command, long storeId, long subtotal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        long couponAmount = 0;
        if (command.UserCouponId is { } userCouponId)
        {
            var coupon = await coupons.FindOwnedAsync(command.UserId, userCouponId, cancellationToken).ConfigureAwait(false);
            if (coupon is null)
            {
                return ErrorCatalog.CouponNotFound;
            }

            var discount = coupon.DiscountFor(storeId, subtotal, now);
            if (!discount.IsSuccess)
            {
                return discount.Error!;
            }

            couponAmount = discount.Value;
        }

        if (command.UsePoints > 0)
        {
            var balance = await points.BalanceAsync(command.UserId, cancellationToken).ConfigureAwait(false);
            var allowed = PointsRule.Check(command.UsePoints, balance, subtotal - couponAmount);
            if (!allowed.IsSuccess)
            {
                return allowed.Error!;
            }
        }

        var amounts = new CheckoutAmounts(subtotal, couponAmount, command.UsePoints);
        return amounts.MeetsMinimum ? amounts : ErrorCatalog.PayableAmountTooSmall;
    }
}
