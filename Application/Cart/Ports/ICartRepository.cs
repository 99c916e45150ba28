namespace Hexagon.Application.Cart.Ports;

/// <summary>
/// The cart's writes, meant to run inside one unit of work. Every write use case locks the customer's cart row first
/// (<see cref="HoldCartAsync"/> or <see cref="LockCartAsync"/>), so one customer's cart changes are decided in turn and
/// always in the same lock order: cart row, then its lines.
/// </summary>
public interface ICartRepository
{
    /// <summary>The store, or null when there is none.</summary>
    Task<CartStore?> FindStoreAsync(long storeId, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the customer's cart for <paramref name="storeId"/> when there is none, and locks the cart row either way.
    /// An existing cart keeps its store; the answer says which store that is.
    /// </summary>
    Task<CartHold> HoldCartAsync(long userId, long storeId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Locks the customer's cart row; null when there is no cart.</summary>
    Task<CartHold?> LockCartAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Empties the held cart and makes it a cart of <paramref name="storeId"/>.</summary>
    Task SwitchStoreAsync(long userId, long storeId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The line of this menu with exactly these options, locked; null when there is none.</summary>
    Task<CartLineQuantity?> FindLineAsync(long userId, long menuId, string optionIdsKey, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the line, or adds its quantity to the identical line (same menu, same option key) in the same statement,
    /// so two adds can never make two lines. Returns the line's id.
    /// </summary>
    Task<long> AddLineAsync(long userId, NewCartLine line, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets the quantity of the customer's line; false when the customer has no such line.</summary>
    Task<bool> SetQuantityAsync(long userId, long cartItemId, int quantity, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes the customer's line; false when the customer has no such line.</summary>
    Task<bool> RemoveLineAsync(long userId, long cartItemId, CancellationToken cancellationToken);

    /// <summary>Deletes the cart with all its lines (nothing when there is none).</summary>
    Task DeleteCartAsync(long userId, CancellationToken cancellationToken);
}
