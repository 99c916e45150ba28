using Hexagon.Domain.Common;

namespace Hexagon.Application.Payments.ConfirmPayment;

/// <summary>
/// POST /api/v1/payments/confirm: approves the payment the buyer authenticated in the Toss widget for one of their
/// checkouts. Safe to repeat: a confirmed payment answers its stored result without calling Toss again.
/// </summary>
public interface IConfirmPayment
{
    Task<Result<ConfirmPaymentResult>> ConfirmAsync(ConfirmPaymentCommand command, CancellationToken cancellationToken);
}
