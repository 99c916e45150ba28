namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>
/// Toss's Payment object as JSON (camelCase, nulls written out like Toss does). A snapshot: built under the
/// payment's lock and never changed, so a webhook sent later still shows the state that caused it.
/// Fields the sandbox never fills (virtual accounts, transfers, cash receipts...) are kept as nulls so
/// clients see the real shape and must tolerate it.
/// </summary>
internal sealed record PaymentView
{
    public string MId { get; init; } = "tvivarepublica";
    public string? LastTransactionKey { get; init; }
    public required string PaymentKey { get; init; }
    public required string OrderId { get; init; }
    public required string OrderName { get; init; }
    public int TaxExemptionAmount { get; init; }
    public required string Status { get; init; }
    public required string RequestedAt { get; init; }
    public string? ApprovedAt { get; init; }
    public bool UseEscrow { get; init; }
    public bool CultureExpense { get; init; }
    public CardView? Card { get; init; }
    public object? VirtualAccount { get; init; }
    public object? Transfer { get; init; }
    public object? MobilePhone { get; init; }
    public object? GiftCertificate { get; init; }
    public object? CashReceipt { get; init; }
    public object? CashReceipts { get; init; }
    public object? Discount { get; init; }
    public IReadOnlyList<CancelView>? Cancels { get; init; }
    public string? Secret { get; init; }
    public string Type { get; init; } = "NORMAL";
    public EasyPayView? EasyPay { get; init; }
    public string Country { get; init; } = "KR";
    public FailureView? Failure { get; init; }
    public bool IsPartialCancelable { get; init; } = true;
    public required ReceiptView Receipt { get; init; }
    public required ReceiptView Checkout { get; init; }
    public string Currency { get; init; } = "KRW";
    public required long TotalAmount { get; init; }
    public required long BalanceAmount { get; init; }
    public required long SuppliedAmount { get; init; }
    public required long Vat { get; init; }
    public long TaxFreeAmount { get; init; }
    public string? Method { get; init; }
    public string Version { get; init; } = "2022-11-16";
}
