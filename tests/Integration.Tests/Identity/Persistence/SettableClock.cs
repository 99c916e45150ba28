namespace Hexagon.Integration.Tests.Identity.Persistence;

/// <summary>A clock the test sets; whole seconds, so times survive DATETIME(6) unchanged.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
