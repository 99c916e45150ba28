namespace Hexagon.Domain.Checkouts;

/// <summary>
/// A server-priced offer the buyer pays for through the payment widget. It is immutable except for its status; the
/// payment confirm and the order placement read it, never the client's numbers.
/// </summary>
public sealed record Checkout
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public required string OrderId { get; init; }
    public required long UserId { get; init; }
    public required long StoreId { get; init; }
    public required string OrderName { get; init; }
    public required IReadOnlyList<CheckoutLine> Lines { get; init; }
    public required CheckoutAmounts Amounts { get; init; }
    public long? UserCouponId { get; init; }
    public string? RequestNote { get; init; }
    public required CheckoutStatus Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }

    public long Amount => Amounts.Amount;

    /// <summary>An open checkout past its lifetime can no longer be paid (a paid one stays valid: the money is in).</summary>
    public bool IsExpiredAt(DateTimeOffset now) => Status == CheckoutStatus.Expired || (Status == CheckoutStatus.Open && now >= ExpiresAt);
}
