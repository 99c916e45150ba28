using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Application.Payments.Ports;

namespace Hexagon.Adapters.Persistence.Payments;

/// <summary>A payments row.</summary>
internal sealed class PaymentRow
{
    public string OrderId { get; init; } = "";
    public string PaymentKey { get; init; } = "";
    public long UserId { get; init; }
    public long Amount { get; init; }
    public long BalanceAmount { get; init; }
    public string Status { get; init; } = "";
    public string? Method { get; init; }
    public string MethodName { get; init; } = "";
    public string? CardIssuerCode { get; init; }
    public string? EasyPayProvider { get; init; }
    public DateTime? ApprovedAt { get; init; }
    public string RawResponse { get; init; } = "";

    public PaymentRecord ToRecord() => new()
    {
        OrderId = OrderId,
        PaymentKey = PaymentKey,
        UserId = UserId,
        Amount = Amount,
        BalanceAmount = BalanceAmount,
        Status = PaymentStatusText.Parse(Status),
        Method = Method,
        MethodName = MethodName,
        CardIssuerCode = CardIssuerCode,
        EasyPayProvider = EasyPayProvider,
        ApprovedAt = Utc.From(ApprovedAt),
        RawResponse = RawResponse,
    };
}
