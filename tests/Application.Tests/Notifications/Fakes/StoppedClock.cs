namespace Hexagon.Application.Tests.Notifications.Fakes;

internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
