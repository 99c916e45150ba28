using System.Globalization;

namespace Hexagon.Adapters.Persistence.Promotions;

/// <summary>
/// Checks of the values the promotion tables constrain, before they reach SQL: a violation is the caller's bug, and an
/// ArgumentException names it where a server error would only name a column. Times as text keep comparisons exact.
/// </summary>
internal static class PromotionArguments
{
    public const int MaxOrderIdLength = 64;
    public const int MaxReasonLength = 100;

    public static string OrderId(string orderId, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId, parameterName);
        // The column is ASCII: our order ids are [A-Za-z0-9_-]; anything else would be stored mangled.
        if (orderId.Length > MaxOrderIdLength || !orderId.All(char.IsAscii))
        {
            throw new ArgumentException($"An order id is 1–{MaxOrderIdLength} ASCII characters.", parameterName);
        }

        return orderId;
    }

    public static string? OptionalOrderId(string? orderId, string parameterName) =>
        orderId is null ? null : OrderId(orderId, parameterName);

    public static string Reason(string reason, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason, parameterName);
        return reason.Length <= MaxReasonLength
            ? reason
            : throw new ArgumentException($"A ledger reason is at most {MaxReasonLength} characters.", parameterName);
    }

    /// <summary>As text with all six decimals, so the comparison is exact whatever the driver does with a DateTime's ticks.</summary>
    public static string Microseconds(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
}
