using Hexagon.Application.Payments.Ports;
using Hexagon.Application.Tests.Identity.Fakes;

namespace Hexagon.Application.Tests.Payments;

internal sealed class InMemoryPaymentRecords : IPaymentRecords, ITransactionalFake
{
    private Dictionary<string, PaymentRecord> _rows = new(StringComparer.Ordinal);

    public IReadOnlyCollection<PaymentRecord> All => _rows.Values;

    public void Add(PaymentRecord payment) => _rows.Add(payment.OrderId, payment);

    public Task<PaymentRecord?> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.GetValueOrDefault(orderId));

    public Task<PaymentRecord> AddOrGetAsync(PaymentRecord payment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _rows.TryAdd(payment.OrderId, payment);
        return Task.FromResult(_rows[payment.OrderId]);
    }

    public Task UpdateAsync(GatewayPayment payment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Like the UPDATE it stands for: no row, no change.
        if (_rows.Values.SingleOrDefault(stored => stored.PaymentKey == payment.PaymentKey) is { } row)
        {
            _rows[row.OrderId] = row with { Status = payment.Status, BalanceAmount = payment.BalanceAmount, RawResponse = payment.RawResponse };
        }

        return Task.CompletedTask;
    }

    public object Snapshot() => new Dictionary<string, PaymentRecord>(_rows, StringComparer.Ordinal);

    public void Restore(object snapshot) => _rows = (Dictionary<string, PaymentRecord>)snapshot;
}
