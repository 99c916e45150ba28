using Hexagon.Application.Payments.Ports;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Ordering.PlaceOrder;

/// <summary>The order a paid checkout becomes: lines and amounts from the checkout's snapshot, never from the request.</summary>
internal static class OrderDraft
{
    public static Order From(Checkout checkout, PaymentRecord payment, DateTimeOffset now) => new()
    {
        Id = 0,
        OrderNo = checkout.OrderId,
        UserId = checkout.UserId,
        StoreId = checkout.StoreId,
        StoreName = "",
        Status = OrderStatus.Paid,
        Lines = checkout.Lines.Select(ToLine).ToList(),
        Subtotal = checkout.Amounts.Subtotal,
        CouponAmount = checkout.Amounts.CouponAmount,
        PointAmount = checkout.Amounts.PointAmount,
        TotalAmount = checkout.Amount,
        UserCouponId = checkout.UserCouponId,
        RequestNote = checkout.RequestNote,
        PaymentKey = payment.PaymentKey,
        PaymentMethod = payment.MethodName,
        ApprovedAt = payment.ApprovedAt,
        CreatedAt = now,
    };

    private static OrderLine ToLine(CheckoutLine line) => new(
        line.MenuId,
        line.Name,
        line.Quantity,
        line.Price.UnitPrice,
        line.Price.LineAmount,
        line.Options.Select(option => new OrderLineOption(option.OptionId, option.Name, option.Price)).ToList());
}
