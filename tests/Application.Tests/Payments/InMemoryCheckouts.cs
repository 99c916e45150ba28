using Hexagon.Application.Checkouts.Ports;
using Hexagon.Application.Tests.Identity.Fakes;
using Hexagon.Domain.Checkouts;

namespace Hexagon.Application.Tests.Payments;

internal sealed class InMemoryCheckouts : ICheckoutRepository, ITransactionalFake
{
    private Dictionary<string, Checkout> _rows = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Checkout> All => _rows.Values;

    public Task AddAsync(Checkout checkout, CancellationToken cancellationToken)
    {
        _rows.Add(checkout.OrderId, checkout);
        return Task.CompletedTask;
    }

    public Task<Checkout?> FindAsync(string orderId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.GetValueOrDefault(orderId));

    public Task<Checkout?> LockAsync(string orderId, CancellationToken cancellationToken) => FindAsync(orderId, cancellationToken);

    public Task MarkOrderedAsync(string orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_rows.TryGetValue(orderId, out var row) && row.Status is CheckoutStatus.Open or CheckoutStatus.Paid)
        {
            _rows[orderId] = row with { Status = CheckoutStatus.Ordered };
        }

        return Task.CompletedTask;
    }

    public Task<bool> MarkPaidAsync(string orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_rows.TryGetValue(orderId, out var row) && row.Status == CheckoutStatus.Open)
        {
            _rows[orderId] = row with { Status = CheckoutStatus.Paid };
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }

    public object Snapshot() => new Dictionary<string, Checkout>(_rows, StringComparer.Ordinal);

    public void Restore(object snapshot) => _rows = (Dictionary<string, Checkout>)snapshot;
}
