using System.Globalization;

namespace Hexagon.Domain.Cart;

/// <summary>
/// The chosen options of a cart line as one comparable value: the ids ascending, comma-separated ("" for none). Two
/// adds of the same menu with the same options in any order give the same key, so the database's unique key on
/// (customer, menu, key) decides "same line" — not a lookup two concurrent adds could both miss.
/// </summary>
public static class OptionIdsKey
{
    /// <summary>The width of cart_items.option_ids_key.</summary>
    public const int MaxLength = 255;

    /// <summary>The key of <paramref name="optionIds"/>; the caller has already refused duplicates.</summary>
    public static string For(IEnumerable<long> optionIds)
    {
        ArgumentNullException.ThrowIfNull(optionIds);
        return string.Join(',', optionIds.Order().Select(id => id.ToString(CultureInfo.InvariantCulture)));
    }
}
