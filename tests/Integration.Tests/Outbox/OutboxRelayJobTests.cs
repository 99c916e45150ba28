using System.ComponentModel.DataAnnotations;
using Hexagon.Adapters.Persistence.Jobs;
using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Bootstrap.Jobs;
using Hexagon.Integration.Tests.Infrastructure;
using NSubstitute;
using Quartz;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>The relay job: its schedule from the Outbox options, and one execution recorded in the run log.</summary>
public sealed class OutboxRelayJobTests
{
    private ThrowawayDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase() => _database = await ThrowawayDatabase.CreateMigratedAsync("relayjob");

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SetUp]
    public async Task EmptyTables() => await _database.ExecuteAsync("DELETE FROM outbox_messages; DELETE FROM job_runs");

    [TestCase(5, "0/5 * * * * ?")]
    [TestCase(30, "0/30 * * * * ?")]
    [TestCase(60, "0 * * * * ?")]
    public void The_job_fires_every_poll_interval(int seconds, string cron)
    {
        var schedule = OutboxRelayJob.Schedule(new OutboxOptions { PollInterval = TimeSpan.FromSeconds(seconds) }, new JobsOptions());

        Assert.That(schedule.Select(job => (job.Job.Key, job.Trigger.CronExpressionString)), Is.EqualTo(new[] { (OutboxRelayJob.Key, cron) }));
        Assert.That(schedule[0].Job.ConcurrentExecutionDisallowed, Is.True);
    }

    [Test]
    public void A_disabled_outbox_schedules_no_relay()
    {
        Assert.That(OutboxRelayJob.Schedule(new OutboxOptions { Enabled = false }, new JobsOptions()), Is.Empty);
    }

    [TestCase("00:00:07")]
    [TestCase("00:00:00.500")]
    [TestCase("00:02:00")]
    public void A_poll_interval_a_cron_cannot_express_is_refused(string interval)
    {
        var options = new OutboxOptions { PollInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) };

        var errors = new List<ValidationResult>();
        Assert.That(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true), Is.False);
        Assert.That(errors.SelectMany(error => error.MemberNames), Does.Contain(nameof(OutboxOptions.PollInterval)));
    }

    [Test]
    public async Task A_run_relays_the_due_messages_and_records_how_many_it_claimed()
    {
        var handler = RecordingHandler.AlwaysDone("push.order-paid");
        await using var scope = new RelayUnderTest(_database, new OutboxClock(DateTimeOffset.UtcNow), [handler]);
        await scope.EnqueueAsync(new OutboxMessage("push.order-paid", "{}"));
        await scope.EnqueueAsync(new OutboxMessage("push.order-paid", "{}"));

        var context = await ExecuteAsync(scope, new OutboxOptions());

        Assert.That(context.Result, Is.EqualTo(2));
        Assert.That(handler.Deliveries, Has.Count.EqualTo(2));
        Assert.That(await _database.ScalarAsync<string>("SELECT CONCAT(outcome, ' ', items_processed, ' ', job_name) FROM job_runs"),
            Is.EqualTo("SUCCEEDED 2 outbox-relay"));
    }

    [Test]
    public async Task A_stored_trigger_firing_while_the_outbox_is_disabled_relays_nothing()
    {
        var handler = RecordingHandler.AlwaysDone("push.order-paid");
        await using var scope = new RelayUnderTest(_database, new OutboxClock(DateTimeOffset.UtcNow), [handler]);
        await scope.EnqueueAsync(new OutboxMessage("push.order-paid", "{}"));

        var context = await ExecuteAsync(scope, new OutboxOptions { Enabled = false });

        Assert.That(context.Result, Is.Zero);
        Assert.That(handler.Deliveries, Is.Empty);
        Assert.That(await _database.ScalarAsync<string>("SELECT status FROM outbox_messages"), Is.EqualTo("PENDING"));
    }

    private async Task<IJobExecutionContext> ExecuteAsync(RelayUnderTest scope, OutboxOptions options)
    {
        var job = new OutboxRelayJob(
            new RecordJobRunService(new MySqlJobRunLog(_database.ConnectionFactory()), TimeProvider.System),
            scope.Relay,
            Microsoft.Extensions.Options.Options.Create(options));
        var context = Substitute.For<IJobExecutionContext>();
        context.JobDetail.Key.Returns(OutboxRelayJob.Key);
        context.Scheduler.SchedulerInstanceId.Returns("test-node");
        context.CancellationToken.Returns(CancellationToken.None);
        await job.Execute(context);
        return context;
    }
}
