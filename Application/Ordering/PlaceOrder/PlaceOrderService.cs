using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Checkouts.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Ordering.Ports;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Payments;
using Hexagon.Application.Payments.ConfirmPayment;
using Hexagon.Application.Payments.Ports;
using Hexagon.Application.Payments.Refunds;
using Hexagon.Application.Promotions.Ports;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Common;
using Hexagon.Domain.Ordering;
using Microsoft.Extensions.Logging;

namespace Hexagon.Application.Ordering.PlaceOrder;

/// <summary>
/// 1. the payment is confirmed (or found confirmed) outside any transaction; 2. one short transaction takes the stock in
/// ascending menu id, writes the order from the checkout snapshot, spends the coupon and the points, empties the cart
/// and writes the outbox messages; 3. if that transaction refuses (short stock, coupon or points gone) or fails, the
/// payment is refunded, at once and through the outbox until Toss confirms.
/// </summary>
public sealed class PlaceOrderService(
    ICheckoutRepository checkouts,
    IOrderRepository orders,
    IMenuStock stock,
    ICouponRepository coupons,
    IPointLedger points,
    ICartRepository carts,
    IOutbox outbox,
    PaymentConfirmation confirmation,
    PaymentRefunder refunder,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<PlaceOrderService> logger) : IPlaceOrder
{
    public async Task<Result<PlacedOrder>> PlaceAsync(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        if (ConfirmCommandRules.Check(command.PaymentKey, command.OrderId, command.Amount) is { } invalid)
        {
            return invalid;
        }

        var checkout = await checkouts.FindAsync(command.OrderId, cancellationToken).ConfigureAwait(false);
        if (checkout is null || checkout.UserId != command.UserId)
        {
            return ErrorCatalog.CheckoutNotFound;
        }

        var existing = await orders.FindAsync(command.OrderId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new PlacedOrder(existing, Created: false);
        }

        var payment = await confirmation.ConfirmAsync(checkout, command.PaymentKey, command.Amount, cancellationToken).ConfigureAwait(false);
        if (!payment.IsSuccess)
        {
            return payment.Error!;
        }

        // The money is in: from here on the order is placed or the payment refunded, whether or not the client is still
        // waiting (a disconnect or a request timeout must not leave a charge without an order).
        Result<PlacedOrder> placed;
        try
        {
            placed = await unitOfWork.ExecuteAsync(token => PlaceAsync(checkout, payment.Value, token), CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever failed after the charge, the money must come back (or the order be found).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Charged but not stored. A lost commit acknowledgement also lands here: if the order did commit, it keeps its payment.
            if (await FindCommittedAsync(checkout.OrderId, CancellationToken.None).ConfigureAwait(false) is { } committed)
            {
                logger.LogWarning(exception, "Order {OrderId} failed after its commit; answering the stored order", checkout.OrderId);
                return new PlacedOrder(committed, Created: true);
            }

            logger.LogError(exception, "Order {OrderId} could not be stored after its payment; refunding", checkout.OrderId);
            await RefundAsync(checkout, payment.Value, "주문 처리 실패", CancellationToken.None).ConfigureAwait(false);
            return ErrorCatalog.OrderFailedPaymentCancelled;
        }

        if (placed.IsSuccess)
        {
            return placed;
        }

        logger.LogInformation("Order {OrderId} refused after payment ({Code}); refunding", checkout.OrderId, placed.Error!.Code);
        await RefundAsync(checkout, payment.Value, "주문 불가: " + placed.Error.Message, CancellationToken.None).ConfigureAwait(false);
        return OrderErrors.WithPaymentCancelled(placed.Error);
    }

    private async Task<Result<PlacedOrder>> PlaceAsync(Checkout checkout, PaymentRecord payment, CancellationToken cancellationToken)
    {
        // Two placements of one checkout queue on this lock; the second finds the first one's order.
        await checkouts.LockAsync(checkout.OrderId, cancellationToken).ConfigureAwait(false);
        var existing = await orders.FindAsync(checkout.OrderId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new PlacedOrder(existing, Created: false);
        }

        var now = clock.GetUtcNow();
        var demands = StockDemand.InLockOrder(checkout.Lines.Select(line => (line.MenuId, line.Quantity)));
        var shortMenus = await stock.TryTakeAsync(demands, cancellationToken).ConfigureAwait(false);
        if (shortMenus.Count > 0)
        {
            return ErrorCatalog.OutOfStock.WithDetails(new { menus = shortMenus });
        }

        if (await SpendCouponAndPointsAsync(checkout, now, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var draft = OrderDraft.From(checkout, payment, now);
        await orders.AddAsync(draft, new OrderTransition(null, OrderStatus.Paid, "CUSTOMER", null, now), cancellationToken).ConfigureAwait(false);
        await carts.DeleteCartAsync(checkout.UserId, cancellationToken).ConfigureAwait(false);
        await checkouts.MarkOrderedAsync(checkout.OrderId, now, cancellationToken).ConfigureAwait(false);
        foreach (var message in OrderEvents.Placed(draft))
        {
            await outbox.EnqueueAsync(message, cancellationToken).ConfigureAwait(false);
        }

        var order = await orders.FindAsync(checkout.OrderId, cancellationToken).ConfigureAwait(false);
        return new PlacedOrder(order!, Created: true);
    }

    private async Task<Error?> SpendCouponAndPointsAsync(Checkout checkout, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (checkout.UserCouponId is { } userCouponId)
        {
            var coupon = await coupons.FindOwnedAsync(checkout.UserId, userCouponId, cancellationToken).ConfigureAwait(false);
            if (coupon is null || !coupon.IsUsableAt(now)
                || !await coupons.TryMarkUsedAsync(userCouponId, checkout.OrderId, now, cancellationToken).ConfigureAwait(false))
            {
                return coupon is { IsUsed: false } && !coupon.IsUsableAt(now) ? ErrorCatalog.CouponExpired : ErrorCatalog.CouponAlreadyUsed;
            }
        }

        if (checkout.Amounts.PointAmount > 0
            && !await points.TryDeductAsync(checkout.UserId, checkout.Amounts.PointAmount, "주문 결제 사용", checkout.OrderId, now, cancellationToken).ConfigureAwait(false))
        {
            return ErrorCatalog.PointsExceedBalance;
        }

        return null;
    }

    // Null when there is no such order, or when the database cannot tell (then the refund goes ahead: a charge without
    // an order is the worse of the two outcomes we can still prevent).
    private async Task<Domain.Ordering.Order?> FindCommittedAsync(string orderId, CancellationToken cancellationToken)
    {
        try
        {
            return await orders.FindAsync(orderId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not check whether order {OrderId} committed", orderId);
            return null;
        }
    }

    private Task<bool> RefundAsync(Checkout checkout, PaymentRecord payment, string reason, CancellationToken cancellationToken) =>
        refunder.RefundNowAsync(
            new PaymentRefund(checkout.OrderId, payment.PaymentKey, null, Truncate(reason), PaymentIdempotencyKeys.Cancel(checkout.OrderId, "order-failed")),
            cancellationToken);

    private static string Truncate(string reason) => reason.Length <= 200 ? reason : reason[..200];
}
