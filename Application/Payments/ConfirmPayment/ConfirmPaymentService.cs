using Hexagon.Application.Checkouts.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Payments.Ports;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Payments.ConfirmPayment;

/// <summary>
/// The two-call flow's first call: checks the request's shape and that the checkout is the caller's (anyone else's is
/// "not found"), then leaves the money to <see cref="PaymentConfirmation"/>.
/// </summary>
public sealed class ConfirmPaymentService(ICheckoutRepository checkouts, PaymentConfirmation confirmation) : IConfirmPayment
{
    public async Task<Result<ConfirmPaymentResult>> ConfirmAsync(ConfirmPaymentCommand command, CancellationToken cancellationToken)
    {
        if (ConfirmCommandRules.Check(command) is { } invalid)
        {
            return invalid;
        }

        var checkout = await checkouts.FindAsync(command.OrderId, cancellationToken).ConfigureAwait(false);
        if (checkout is null || checkout.UserId != command.UserId)
        {
            return ErrorCatalog.CheckoutNotFound;
        }

        var payment = await confirmation.ConfirmAsync(checkout, command.PaymentKey, command.Amount, cancellationToken).ConfigureAwait(false);
        return payment.IsSuccess ? ResultOf(payment.Value, checkout) : payment.Error!;
    }

    private static ConfirmPaymentResult ResultOf(PaymentRecord payment, Checkout checkout) => new(
        payment.OrderId, payment.PaymentKey, checkout.OrderName, payment.Status, payment.MethodName, payment.ApprovedAt, payment.Amount);
}
