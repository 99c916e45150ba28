using Hexagon.Application.Payments.ConfirmPayment;
using Hexagon.Domain.Payments;

namespace Hexagon.Adapters.Web.Payments;

/// <param name="Status">The payment's status in Toss's spelling (DONE).</param>
/// <param name="PaymentMethod">The card issuer's name (신한카드), the easy-pay provider (토스페이) or the method.</param>
public sealed record ConfirmPaymentResponse(
    string OrderId,
    string PaymentKey,
    string OrderName,
    string Status,
    string PaymentMethod,
    DateTimeOffset? ApprovedAt,
    long Amount)
{
    public static ConfirmPaymentResponse From(ConfirmPaymentResult result) => new(
        result.OrderId, result.PaymentKey, result.OrderName, StatusText(result.Status), result.PaymentMethod, result.ApprovedAt, result.Amount);

    private static string StatusText(PaymentStatus status) => status switch
    {
        PaymentStatus.InProgress => "IN_PROGRESS",
        PaymentStatus.WaitingForDeposit => "WAITING_FOR_DEPOSIT",
        PaymentStatus.PartialCanceled => "PARTIAL_CANCELED",
        _ => status.ToString().ToUpperInvariant(),
    };
}
