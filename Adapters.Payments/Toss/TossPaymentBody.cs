namespace Hexagon.Adapters.Payments.Toss;

/// <summary>
/// The fields of Toss's Payment object we read. Everything is nullable and unknown fields are ignored: Toss adds fields
/// and enum values without a version bump.
/// </summary>
internal sealed class TossPaymentBody
{
    public string? PaymentKey { get; set; }
    public string? OrderId { get; set; }
    public string? OrderName { get; set; }
    public string? Status { get; set; }
    public string? Method { get; set; }
    public long? TotalAmount { get; set; }
    public long? BalanceAmount { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public TossCardBody? Card { get; set; }
    public TossEasyPayBody? EasyPay { get; set; }
    public List<TossCancelBody>? Cancels { get; set; }
}

internal sealed class TossCardBody
{
    public string? IssuerCode { get; set; }
}

internal sealed class TossEasyPayBody
{
    public string? Provider { get; set; }
}

internal sealed class TossCancelBody
{
    public long? CancelAmount { get; set; }
    public string? CancelReason { get; set; }
    public DateTimeOffset? CanceledAt { get; set; }
    public string? TransactionKey { get; set; }
}

/// <summary>Toss's error body.</summary>
internal sealed class TossErrorBody
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}
