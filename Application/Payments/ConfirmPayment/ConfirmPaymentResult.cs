using Hexagon.Domain.Payments;

namespace Hexagon.Application.Payments.ConfirmPayment;

/// <param name="PaymentMethod">The card issuer's name, the easy-pay provider, or the method (see GatewayPayment.MethodName).</param>
public sealed record ConfirmPaymentResult(
    string OrderId,
    string PaymentKey,
    string OrderName,
    PaymentStatus Status,
    string PaymentMethod,
    DateTimeOffset? ApprovedAt,
    long Amount);
