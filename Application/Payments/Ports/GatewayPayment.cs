using Hexagon.Domain.Payments;

namespace Hexagon.Application.Payments.Ports;

/// <summary>
/// A payment as the provider reports it. <see cref="MethodName"/> is what the buyer recognises: the card issuer's name,
/// the easy-pay provider, or the method itself. <see cref="RawResponse"/> is the provider's JSON, kept for the record.
/// </summary>
public sealed record GatewayPayment
{
    public required string PaymentKey { get; init; }
    public required string OrderId { get; init; }
    public required string OrderName { get; init; }
    public required PaymentStatus Status { get; init; }
    public required long TotalAmount { get; init; }
    public required long BalanceAmount { get; init; }
    public string? Method { get; init; }
    public string? CardIssuerCode { get; init; }
    public string? EasyPayProvider { get; init; }
    public required string MethodName { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public IReadOnlyList<GatewayCancel> Cancels { get; init; } = [];
    public required string RawResponse { get; init; }
}
