namespace Hexagon.Application.Payments.ConfirmPayment;

/// <summary>What the app got back from the widget: the payment key, our order id and the amount it showed.</summary>
public sealed record ConfirmPaymentCommand(long UserId, string PaymentKey, string OrderId, long Amount);
