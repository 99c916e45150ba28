using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.UnitOfWork;

namespace Hexagon.Integration.Tests.Persistence;

public sealed class TransientRetryPolicyTests
{
    private static TransientRetryPolicy Policy(Func<double> random, int maxRetries = 5) =>
        new(maxRetries, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(300), random);

    [Test]
    public void Ceilings_double_from_the_base_delay_until_the_cap()
    {
        var policy = Policy(() => 1.0);

        var delays = Enumerable.Range(1, 6).Select(retry => policy.DelayBefore(retry).TotalMilliseconds);

        Assert.That(delays, Is.EqualTo(new[] { 50d, 100d, 200d, 300d, 300d, 300d }));
    }

    [Test]
    public void The_smallest_jitter_still_waits_half_the_ceiling()
    {
        var policy = Policy(() => 0.0);

        var delays = Enumerable.Range(1, 5).Select(retry => policy.DelayBefore(retry).TotalMilliseconds);

        Assert.That(delays, Is.EqualTo(new[] { 25d, 50d, 100d, 150d, 150d }));
    }

    [Test]
    public void Jitter_moves_the_delay_within_half_to_all_of_the_ceiling()
    {
        var randoms = new Queue<double>([0.0, 0.25, 0.5, 0.75, 0.999]);
        var policy = Policy(randoms.Dequeue);

        var delays = Enumerable.Range(0, 5).Select(_ => policy.DelayBefore(3).TotalMilliseconds).ToList();

        Assert.That(delays, Is.EqualTo(new[] { 100d, 125d, 150d, 175d, 199.9d }).Within(0.001));
    }

    [Test]
    public void The_default_random_source_spreads_delays_inside_the_range()
    {
        var policy = new TransientRetryPolicy(3, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1));

        var delays = Enumerable.Range(0, 200).Select(_ => policy.DelayBefore(2).TotalMilliseconds).ToList();

        Assert.That(delays, Is.All.InRange(50d, 100d));
        Assert.That(delays.Distinct().Count(), Is.GreaterThan(100), "two deadlocked transactions must not retry on the same beat");
    }

    [Test]
    public void A_huge_retry_number_is_capped_not_overflowed()
    {
        var policy = Policy(() => 1.0);

        Assert.That(policy.DelayBefore(10_000), Is.EqualTo(TimeSpan.FromMilliseconds(300)));
    }

    [Test]
    public void Gives_up_after_max_retries()
    {
        var policy = Policy(() => 0.5, maxRetries: 3);

        Assert.That(Enumerable.Range(1, 5).Select(policy.ShouldRetry), Is.EqualTo(new[] { true, true, true, false, false }));
        Assert.That(Policy(() => 0.5, maxRetries: 0).ShouldRetry(1), Is.False, "0 retries means the first failure is final");
    }

    [Test]
    public async Task Waits_through_the_injected_delay()
    {
        var waited = new List<TimeSpan>();
        var policy = new TransientRetryPolicy(3, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1), () => 1.0, (delay, _) =>
        {
            waited.Add(delay);
            return Task.CompletedTask;
        });

        await policy.WaitAsync(policy.DelayBefore(2), CancellationToken.None);

        Assert.That(waited, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(100) }));
    }

    [Test]
    public void Reads_its_numbers_from_the_database_options()
    {
        var policy = TransientRetryPolicy.FromOptions(new DatabaseOptions
        {
            ConnectionString = "unused",
            MaxTransientRetries = 4,
            RetryBaseDelayMilliseconds = 20,
            RetryMaxDelayMilliseconds = 500,
        });

        Assert.That((policy.MaxRetries, policy.BaseDelay, policy.MaxDelay), Is.EqualTo((4, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(500))));
    }
}
