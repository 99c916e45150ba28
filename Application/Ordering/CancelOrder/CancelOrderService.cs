using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Ordering.PlaceOrder;
using Hexagon.Application.Ordering.Ports;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Payments;
using Hexagon.Application.Payments.Ports;
using Hexagon.Application.Payments.Refunds;
using Hexagon.Application.Promotions.Ports;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Common;
using Hexagon.Domain.Ordering;
using Microsoft.Extensions.Logging;

namespace Hexagon.Application.Ordering.CancelOrder;

/// <summary>
/// One transaction moves the order to CANCELED, gives back the stock (ascending menu id, like the placement), the coupon
/// and the points, and writes the refund with its outbox message. After the commit the refund is tried at once; the
/// outbox keeps retrying it until Toss confirms, so the customer's money always comes back.
/// </summary>
public sealed class CancelOrderService(
    IOrderRepository orders,
    IMenuStock stock,
    ICouponRepository coupons,
    IPointLedger points,
    PaymentRefunder refunder,
    IOutbox outbox,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<CancelOrderService> logger) : ICancelOrder
{
    public const int MaxReasonLength = 200;
    private const string DefaultReason = "고객 요청으로 주문 취소";

    public async Task<Result<Order>> CancelAsync(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        if (command.Reason is { Length: > MaxReasonLength })
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["reason"] = [$"취소 사유는 {MaxReasonLength}자까지 적을 수 있어요."],
            });
        }

        if (!CheckoutOrderId.IsWellFormed(command.OrderNo))
        {
            return ErrorCatalog.OrderNotFound;
        }

        var now = clock.GetUtcNow();
        var refund = await unitOfWork.ExecuteAsync(token => CancelAsync(command, now, token), cancellationToken).ConfigureAwait(false);
        if (!refund.IsSuccess)
        {
            return refund.Error!;
        }

        if (refund.Value is { } scheduled)
        {
            await TryRefundNowAsync(scheduled, cancellationToken).ConfigureAwait(false);
        }

        var order = await orders.FindAsync(command.OrderNo, cancellationToken).ConfigureAwait(false);
        return order!;
    }

    // The refund to try after the commit, or null when the order was already cancelled (a repeated request).
    private async Task<Result<PaymentRefund?>> CancelAsync(CancelOrderCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var order = await orders.LockAsync(command.OrderNo, cancellationToken).ConfigureAwait(false);
        if (order is null || order.UserId != command.UserId)
        {
            return ErrorCatalog.OrderNotFound;
        }

        var move = OrderStateMachine.Check(order.Status, OrderStatus.Canceled);
        if (!move.IsSuccess)
        {
            return move.Error!;
        }

        if (!move.Value)
        {
            return Result<PaymentRefund?>.Ok(null);
        }

        var reason = string.IsNullOrWhiteSpace(command.Reason) ? DefaultReason : command.Reason.Trim();
        await stock.ReturnAsync(StockDemand.InLockOrder(order.Lines.Select(line => (line.MenuId, line.Quantity))), cancellationToken).ConfigureAwait(false);
        if (order.UserCouponId is { } userCouponId)
        {
            await coupons.ReleaseAsync(userCouponId, order.OrderNo, cancellationToken).ConfigureAwait(false);
        }

        if (order.PointAmount > 0)
        {
            await points.CreditAsync(order.UserId, order.PointAmount, "주문 취소 환불", order.OrderNo, now, cancellationToken).ConfigureAwait(false);
        }

        await orders.MoveAsync(order.Id, new OrderTransition(order.Status, OrderStatus.Canceled, "CUSTOMER", reason, now), cancellationToken).ConfigureAwait(false);
        var refund = new PaymentRefund(order.OrderNo, order.PaymentKey, null, reason, PaymentIdempotencyKeys.Cancel(order.OrderNo, "customer-cancel"));
        await refunder.ScheduleAsync(refund, cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(OrderEvents.Cancelled(order), cancellationToken).ConfigureAwait(false);
        return refund;
    }

    private async Task TryRefundNowAsync(PaymentRefund refund, CancellationToken cancellationToken)
    {
        try
        {
            await refunder.AttemptAsync(refund, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The outbox message written with the cancel retries it.
            logger.LogWarning(exception, "Immediate refund of {OrderNo} failed; the outbox will retry it", refund.OrderId);
        }
    }
}
