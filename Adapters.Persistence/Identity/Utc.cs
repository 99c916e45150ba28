namespace Hexagon.Adapters.Persistence.Identity;

/// <summary>DATETIME(6) holds UTC without saying so; these conversions say it in one place.</summary>
internal static class Utc
{
    public static DateTimeOffset From(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? From(DateTime? value) => value is { } some ? From(some) : null;
}
