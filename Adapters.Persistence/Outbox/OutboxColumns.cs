namespace Hexagon.Adapters.Persistence.Outbox;

/// <summary>The status values of outbox_messages and the time format its DATETIME(6) columns hold.</summary>
internal static class OutboxColumns
{
    public const string Pending = "PENDING";
    public const string Processing = "PROCESSING";
    public const string Done = "DONE";
    public const string Dead = "DEAD";

    /// <summary>
    /// UTC cut to whole microseconds, the column's precision. MySQL 8 rounds a finer value where MariaDB truncates; cut
    /// here, a time compares the same on both servers (a message due "now" is due in the same instant it was written).
    /// </summary>
    public static DateTime Utc(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    /// <summary>DATETIME(6) values come back without a kind; they hold UTC.</summary>
    public static DateTimeOffset FromColumn(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
