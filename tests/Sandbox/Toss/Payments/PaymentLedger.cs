using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>All payments of one sandbox, by paymentKey and by orderId (the latest authentication wins the
/// orderId, like a buyer retrying the widget with the same order).</summary>
internal sealed class PaymentLedger
{
    private readonly ConcurrentDictionary<string, SandboxPayment> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SandboxPayment> _byOrderId = new(StringComparer.Ordinal);

    public bool TryGet(string paymentKey, [NotNullWhen(true)] out SandboxPayment? payment) =>
        _byKey.TryGetValue(paymentKey, out payment);

    public bool TryGetByOrderId(string orderId, [NotNullWhen(true)] out SandboxPayment? payment) =>
        _byOrderId.TryGetValue(orderId, out payment);

    /// <summary>
    /// Records a new authentication unless the orderId already belongs to a payment that was approved
    /// (then Toss answers DUPLICATED_ORDER_ID). Returns false in that case.
    /// </summary>
    public bool TryAdd(SandboxPayment payment)
    {
        lock (_byOrderId)
        {
            if (_byOrderId.TryGetValue(payment.OrderId, out var earlier) && WasApproved(earlier)) return false;
            _byKey[payment.PaymentKey] = payment;
            _byOrderId[payment.OrderId] = payment;
            return true;
        }
    }

    private static bool WasApproved(SandboxPayment payment)
    {
        lock (payment.Gate)
        {
            return payment.Status is PaymentStatus.Done or PaymentStatus.Canceled or PaymentStatus.PartialCanceled;
        }
    }
}
