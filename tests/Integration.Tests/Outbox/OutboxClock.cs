namespace Hexagon.Integration.Tests.Outbox;

/// <summary>
/// A clock the test moves; thread-safe, since racing relays read it together. Whole seconds, so times survive
/// DATETIME(6) unchanged and a row's times can be compared exactly.
/// </summary>
internal sealed class OutboxClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public DateTimeOffset Now => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
