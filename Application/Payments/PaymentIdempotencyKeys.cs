namespace Hexagon.Application.Payments;

/// <summary>
/// Idempotency keys sent to the payment provider. Derived from our order id, so a retry of the same logical call (by
/// Polly, by the app, by a batch job, after a crash) is the same request to the provider and never a second charge
/// or a second refund. One purpose per refund: a mismatch cancel and a failed-order refund of one order are different
/// operations and must not replay each other.
/// </summary>
public static class PaymentIdempotencyKeys
{
    public static string Confirm(string orderId) => $"confirm:{orderId}";

    public static string Cancel(string orderId, string purpose) => $"cancel:{orderId}:{purpose}";
}
