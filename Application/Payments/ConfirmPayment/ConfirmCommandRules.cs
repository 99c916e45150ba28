using Hexagon.Application.Errors;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Payments.ConfirmPayment;

/// <summary>The request-shape checks of a confirm, collected so one 1111 answer lists every bad field.</summary>
public static class ConfirmCommandRules
{
    public const int MaxPaymentKeyLength = 200;

    public static Error? Check(ConfirmPaymentCommand command) => Check(command.PaymentKey, command.OrderId, command.Amount);

    /// <summary>The same checks for any call that carries what the widget handed back (the order placement too).</summary>
    public static Error? Check(string paymentKey, string orderId, long amount)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(paymentKey) || paymentKey.Length > MaxPaymentKeyLength)
        {
            errors["paymentKey"] = ["결제 키가 올바르지 않아요."];
        }

        if (!CheckoutOrderId.IsWellFormed(orderId))
        {
            errors["orderId"] = ["주문 번호가 올바르지 않아요."];
        }

        if (amount <= 0)
        {
            errors["amount"] = ["결제 금액은 0원보다 커야 해요."];
        }

        return errors.Count == 0 ? null : ErrorCatalog.ValidationFailed.WithFieldErrors(errors);
    }
}
