namespace Hexagon.Domain.Cart;

/// <summary>
/// How many of one line a cart may hold. The same bounds are a CHECK on cart_items.quantity; checking them here first
/// turns a bad number into a field error instead of a constraint violation.
/// </summary>
public static class CartQuantity
{
    public const int Min = 1;

    public const int Max = 99;

    public static bool IsValid(int quantity) => quantity is >= Min and <= Max;

    /// <summary>True when adding <paramref name="added"/> to a line holding <paramref name="current"/> stays within <see cref="Max"/>.</summary>
    public static bool CanMerge(int current, int added) => (long)current + added <= Max;
}
