namespace Hexagon.Domain.Checkouts;

/// <summary>
/// The order's name shown by the payment widget and the receipts: the first line's menu, and how many other lines
/// follow ("아메리카노 외 2건"). Toss takes at most 100 characters.
/// </summary>
public static class OrderName
{
    public const int MaxLength = 100;

    public static string For(IReadOnlyList<CheckoutLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new ArgumentException("A checkout has at least one line.", nameof(lines));
        }

        var suffix = lines.Count > 1 ? $" 외 {lines.Count - 1}건" : "";
        var first = lines[0].Name.Trim();
        var room = MaxLength - suffix.Length;
        if (first.Length > room)
        {
            first = first[..(room - 1)] + "…";
        }

        return first + suffix;
    }
}
