using Hexagon.Domain.Checkouts;

namespace Hexagon.Application.Checkouts.Ports;

/// <summary>Checkouts: written once by the checkout, then only their status moves (OPEN → PAID → ORDERED, or EXPIRED).</summary>
public interface ICheckoutRepository
{
    Task AddAsync(Checkout checkout, CancellationToken cancellationToken);

    /// <summary>The checkout with this order id, whoever owns it (callers check the owner), or null.</summary>
    Task<Checkout?> FindAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>The checkout, its row locked for the rest of the transaction: two placements of one checkout queue here.</summary>
    Task<Checkout?> LockAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>OPEN → PAID. False when the checkout was not open (already paid, ordered or expired).</summary>
    Task<bool> MarkPaidAsync(string orderId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>OPEN or PAID → ORDERED.</summary>
    Task MarkOrderedAsync(string orderId, DateTimeOffset now, CancellationToken cancellationToken);
}
