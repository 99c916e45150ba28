namespace Hexagon.Integration.Tests.Sandbox.Fcm;

/// <summary>The sandbox's clock, moved by the test: token expiry is checked without waiting an hour. Whole seconds,
/// like JWT times, so "iat = now" means the same instant on both sides.</summary>
internal sealed class FcmTestClock : TimeProvider
{
    private long _ticks = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).UtcTicks;

    public DateTimeOffset Now => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
