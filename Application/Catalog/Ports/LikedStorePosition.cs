namespace Hexagon.Application.Catalog.Ports;

/// <summary>
/// A place in "my likes": when the like was made, in whole microseconds since the Unix epoch (the column's exact
/// precision, so it compares exactly in SQL and survives the cursor unchanged), and the store id.
/// </summary>
public sealed record LikedStorePosition(long LikedAtMicroseconds, long StoreId)
{
    public DateTimeOffset LikedAt => DateTimeOffset.UnixEpoch.AddTicks(LikedAtMicroseconds * TimeSpan.TicksPerMicrosecond);

    public static long MicrosecondsOf(DateTimeOffset instant) =>
        (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;
}
