using Hexagon.Application.Outbox.RelayOutbox;

namespace Hexagon.Application.Tests.Outbox;

public sealed class OutboxBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(5);

    [TestCase(1, 10)]
    [TestCase(2, 20)]
    [TestCase(3, 40)]
    [TestCase(5, 160)]
    [TestCase(6, 300)]
    [TestCase(60, 300)]
    public void The_ceiling_doubles_per_failed_attempt_up_to_the_cap(int failedAttempt, int ceilingSeconds)
    {
        var highest = new OutboxBackoff(Base, Max, () => 1d).DelayAfter(failedAttempt);
        var lowest = new OutboxBackoff(Base, Max, () => 0d).DelayAfter(failedAttempt);

        Assert.That(highest, Is.EqualTo(TimeSpan.FromSeconds(ceilingSeconds)));
        Assert.That(lowest, Is.EqualTo(TimeSpan.FromSeconds(ceilingSeconds / 2d)), "equal jitter: never less than half the ceiling");
    }

    [Test]
    public void The_jitter_spreads_the_wait_between_half_and_all_of_the_ceiling()
    {
        var backoff = new OutboxBackoff(Base, Max, () => 0.25);

        Assert.That(backoff.DelayAfter(3), Is.EqualTo(TimeSpan.FromSeconds(20 + 5)));
    }

    [Test]
    public void A_random_source_out_of_range_cannot_push_the_wait_past_the_ceiling()
    {
        Assert.That(new OutboxBackoff(Base, Max, () => 7d).DelayAfter(1), Is.EqualTo(Base));
        Assert.That(new OutboxBackoff(Base, Max, () => -3d).DelayAfter(1), Is.EqualTo(Base / 2));
    }

    [Test]
    public void A_retry_after_replaces_the_back_off_exactly()
    {
        var backoff = new OutboxBackoff(Base, Max, () => 0.9);

        Assert.That(backoff.DelayAfter(1, TimeSpan.FromSeconds(42)), Is.EqualTo(TimeSpan.FromSeconds(42)));
        Assert.That(backoff.DelayAfter(9, TimeSpan.FromSeconds(3)), Is.EqualTo(TimeSpan.FromSeconds(3)), "shorter than the back-off too");
        Assert.That(backoff.DelayAfter(1, TimeSpan.Zero), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void A_retry_after_longer_than_the_cap_is_capped()
    {
        var backoff = new OutboxBackoff(Base, Max);

        Assert.That(backoff.DelayAfter(1, TimeSpan.FromDays(3)), Is.EqualTo(Max));
    }

    [Test]
    public void Attempts_start_at_one_and_the_cap_cannot_be_below_the_base()
    {
        var backoff = new OutboxBackoff(Base, Max);

        Assert.Throws<ArgumentOutOfRangeException>(() => backoff.DelayAfter(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new OutboxBackoff(Max, Base));
    }
}
