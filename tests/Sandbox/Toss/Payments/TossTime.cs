using System.Globalization;

namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>
/// Toss speaks Korea Standard Time: Payment timestamps carry "+09:00" and no fractions
/// ("2024-02-13T12:18:14+09:00"), webhook <c>createdAt</c> is local KST with microseconds and no offset.
/// Korea has no daylight saving, so a fixed offset is exact.
/// </summary>
internal static class TossTime
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public static string PaymentTimestamp(DateTimeOffset instant) =>
        instant.ToOffset(Kst).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string WebhookCreatedAt(DateTimeOffset instant) =>
        instant.ToOffset(Kst).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
}
