using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Bootstrap.Jobs;
using Quartz;

namespace Hexagon.Integration.Tests.Jobs;

/// <summary>
/// Two instances of the job host on one database, as two servers of the service would run: every trigger firing
/// must run on exactly one of them, and every run must be in job_runs.
/// </summary>
[NonParallelizable]
public sealed class ClusteredSchedulerTests
{
    private ThrowawayDatabase _database = null!;
    private ExecutionLedger _ledger = null!;
    private SchedulerNode _nodeA = null!;
    private SchedulerNode _nodeB = null!;

    [OneTimeSetUp]
    public async Task StartTwoInstances()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("jobscluster");
        _ledger = new ExecutionLedger();
        _nodeA = new SchedulerNode("node-a", _database, _ledger);
        _nodeB = new SchedulerNode("node-b", _database, _ledger);

        // Both at once, as a deployment starts them: scheduling the start-up jobs must not fail on duplicate keys.
        await Task.WhenAll(_nodeA.StartAsync(), _nodeB.StartAsync());
    }

    [OneTimeTearDown]
    public async Task StopInstances()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task Both_instances_check_in_to_the_same_cluster()
    {
        var instances = await Poll.UntilAsync(
            () => _database.QueryAsync<string>("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = @name", new { name = QuartzSchedulerProperties.SchedulerName }),
            found => found.Count == 2);

        Assert.That(instances, Is.EquivalentTo(new[] { "node-a", "node-b" }));
    }

    [Test]
    public async Task Starting_together_stores_the_cleanup_schedule_once()
    {
        var crons = await _database.QueryAsync<(string Expression, string TimeZone)>(
            "SELECT CRON_EXPRESSION, TIME_ZONE_ID FROM QRTZ_CRON_TRIGGERS WHERE TRIGGER_GROUP = @group",
            new { group = CleanupJobRunsJob.Key.Group });

        Assert.That(crons, Is.EqualTo(new[] { ("0 0 4 * * ?", "Asia/Seoul") }));
        Assert.That(await _nodeB.Scheduler.CheckExists(CleanupJobRunsJob.Key), Is.True);
    }

    [Test]
    public async Task Every_firing_of_many_simultaneous_triggers_runs_exactly_once_across_the_instances()
    {
        const int triggers = 12;
        var job = JobBuilder.Create<CountingJob>().WithIdentity("counting-burst", "test").StoreDurably()
            .UsingJobData(CountingJob.PurposeKey, "클러스터 테스트").Build();
        var fireAt = DateTimeOffset.UtcNow.AddSeconds(1);
        var burst = Enumerable.Range(1, triggers)
            .Select(i => TriggerBuilder.Create().WithIdentity($"burst-{i}", "test").ForJob(job).StartAt(fireAt).Build())
            .ToList();

        await _nodeA.Scheduler.ScheduleJob(job, burst, replace: false);
        var executions = await WaitUntilJobIsDoneAsync(job.Key, expectedExecutions: triggers);

        Assert.That(executions.Select(execution => execution.TriggerName), Is.EquivalentTo(burst.Select(trigger => trigger.Key.Name)),
            "each trigger ran once: none twice, none missed");
        Assert.That(executions.Select(execution => execution.Purpose), Has.All.EqualTo("클러스터 테스트"), "job data survived the JSON serializer");
        await AssertRecordedAsync(job.Key.Name, executions);
        TestContext.Out.WriteLine("Ran on: " + string.Join(", ", executions.GroupBy(execution => execution.InstanceId).Select(group => $"{group.Key} x{group.Count()}")));
    }

    [Test]
    public async Task Every_firing_of_a_repeating_trigger_runs_exactly_once_across_the_instances()
    {
        const int firings = 5;
        var job = JobBuilder.Create<CountingJob>().WithIdentity("counting-repeat", "test").Build();
        var trigger = TriggerBuilder.Create().WithIdentity("repeat", "test").StartAt(DateTimeOffset.UtcNow.AddMilliseconds(500))
            .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromMilliseconds(400)).WithRepeatCount(firings - 1))
            .Build();

        await _nodeB.Scheduler.ScheduleJob(job, trigger);
        var executions = await WaitUntilJobIsDoneAsync(job.Key, expectedExecutions: firings);

        Assert.That(executions.Select(execution => execution.ScheduledFireTime), Is.Unique, "no firing ran twice");
        Assert.That(executions, Has.Count.EqualTo(firings));
        await AssertRecordedAsync(job.Key.Name, executions);
    }

    [Test]
    public async Task A_failing_job_is_recorded_as_failed_with_its_error()
    {
        var job = JobBuilder.Create<FailingJob>().WithIdentity("failing", "test").Build();
        await _nodeA.Scheduler.ScheduleJob(job, TriggerBuilder.Create().WithIdentity("failing-once", "test").StartNow().Build());

        var runs = await Poll.UntilAsync(
            () => _database.QueryAsync<(string? Outcome, int Items, string? Error, DateTime? FinishedAt)>(
                "SELECT outcome, items_processed, error_message, finished_at FROM job_runs WHERE job_name = 'failing'"),
            found => found.Count == 1 && found[0].Outcome is not null);

        Assert.That(runs, Has.Count.EqualTo(1));
        Assert.That(runs[0].Outcome, Is.EqualTo("FAILED"));
        Assert.That(runs[0].Error, Is.EqualTo($"InvalidOperationException: {FailingJob.Message}"));
        Assert.That(runs[0].Items, Is.Zero);
        Assert.That(runs[0].FinishedAt, Is.Not.Null);
    }

    // Done means: the expected executions happened and the store has forgotten the job's triggers, so no further
    // firing (a duplicate) can still come. Then the ledger is final for this job.
    private async Task<IReadOnlyList<Execution>> WaitUntilJobIsDoneAsync(JobKey job, int expectedExecutions)
    {
        await Poll.UntilAsync(
            async () => new
            {
                Executions = _ledger.Executions.Count(execution => execution.JobName == job.Name),
                Pending = await _database.QueryAsync<long>(
                    "SELECT (SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE JOB_NAME = @job) + (SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE JOB_NAME = @job)",
                    new { job = job.Name }),
            },
            state => state.Executions >= expectedExecutions && state.Pending.Single() == 0);
        return _ledger.Executions.Where(execution => execution.JobName == job.Name).ToList();
    }

    private async Task AssertRecordedAsync(string jobName, IReadOnlyList<Execution> executions)
    {
        var rows = await _database.QueryAsync<(string InstanceId, string? Outcome, int Items)>(
            "SELECT instance_id, outcome, items_processed FROM job_runs WHERE job_name = @jobName", new { jobName });
        Assert.That(rows.Select(row => row.InstanceId), Is.EquivalentTo(executions.Select(execution => execution.InstanceId)),
            "one job_runs row per execution, on the instance that ran it");
        Assert.That(rows, Has.All.Matches<(string InstanceId, string? Outcome, int Items)>(row => row is { Outcome: "SUCCEEDED", Items: 1 }));
    }
}
