using Hexagon.Domain.Payments;

namespace Hexagon.Application.Payments.Ports;

/// <summary>Our record of a payment, as the provider last reported it, with the provider's raw answer.</summary>
public sealed record PaymentRecord
{
    public required string OrderId { get; init; }
    public required string PaymentKey { get; init; }
    public required long UserId { get; init; }
    public required long Amount { get; init; }
    public required long BalanceAmount { get; init; }
    public required PaymentStatus Status { get; init; }
    public string? Method { get; init; }
    public required string MethodName { get; init; }
    public string? CardIssuerCode { get; init; }
    public string? EasyPayProvider { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public required string RawResponse { get; init; }

    public static PaymentRecord From(GatewayPayment payment, long userId) => new()
    {
        OrderId = payment.OrderId,
        PaymentKey = payment.PaymentKey,
        UserId = userId,
        Amount = payment.TotalAmount,
        BalanceAmount = payment.BalanceAmount,
        Status = payment.Status,
        Method = payment.Method,
        MethodName = payment.MethodName,
        CardIssuerCode = payment.CardIssuerCode,
        EasyPayProvider = payment.EasyPayProvider,
        ApprovedAt = payment.ApprovedAt,
        RawResponse = payment.RawResponse,
    };
}
