namespace Hexagon.Domain.Cart;

/// <summary>
/// The price arithmetic of one cart line, in won: the unit price is the menu's price plus the chosen options' deltas,
/// the line amount is that times the quantity. The cart, the stock check and the checkout all price with this one
/// type, so the amount the customer saw is the amount the order charges.
/// </summary>
public sealed record CartLinePrice
{
    public CartLinePrice(long menuPrice, IEnumerable<long> optionPriceDeltas, int quantity)
    {
        ArgumentNullException.ThrowIfNull(optionPriceDeltas);
        ArgumentOutOfRangeException.ThrowIfNegative(menuPrice);
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var deltas = optionPriceDeltas.ToList();
        if (deltas.Any(delta => delta < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(optionPriceDeltas), "An option never lowers the price.");
        }

        UnitPrice = checked(menuPrice + deltas.Sum());
        Quantity = quantity;
        LineAmount = checked(UnitPrice * quantity);
    }

    public long UnitPrice { get; }

    public int Quantity { get; }

    public long LineAmount { get; }

    /// <summary>The sum of the lines' amounts: what the cart costs before coupons and points.</summary>
    public static long Subtotal(IEnumerable<CartLinePrice> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Aggregate(0L, (sum, line) => checked(sum + line.LineAmount));
    }
}
