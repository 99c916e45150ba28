namespace Hexagon.Application.Payments.Ports;

/// <summary>The payments table: one row per checkout's payment.</summary>
public interface IPaymentRecords
{
    Task<PaymentRecord?> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the payment unless the order already has one (two racing confirms of one checkout record one row);
    /// returns the row that is stored afterwards.
    /// </summary>
    Task<PaymentRecord> AddOrGetAsync(PaymentRecord payment, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Updates status, balance and raw answer from what the provider reported after a change (a cancel).</summary>
    Task UpdateAsync(GatewayPayment payment, DateTimeOffset now, CancellationToken cancellationToken);
}
