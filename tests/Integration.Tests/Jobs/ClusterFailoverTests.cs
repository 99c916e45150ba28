using Hexagon.Integration.Tests.Infrastructure;
using Quartz;

namespace Hexagon.Integration.Tests.Jobs;

/// <summary>
/// What a clustered store is for beyond exactly-once: when an instance dies in the middle of a job that asks for
/// recovery (as the cleanup job does), another instance notices the missed check-ins and runs the job again.
/// Separate from <see cref="ClusteredSchedulerTests"/> because it kills one of its instances.
/// </summary>
[NonParallelizable]
public sealed class ClusterFailoverTests
{
    private ThrowawayDatabase _database = null!;
    private ExecutionLedger _ledger = null!;
    private SchedulerNode[] _nodes = [];

    [SetUp]
    public async Task StartTwoInstances()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("jobsfailover");
        _ledger = new ExecutionLedger();
        _nodes = [new SchedulerNode("node-p", _database, _ledger), new SchedulerNode("node-q", _database, _ledger)];
        await Task.WhenAll(_nodes.Select(node => node.StartAsync()));
    }

    [TearDown]
    public async Task StopInstances()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [Test]
    public async Task A_job_that_asks_for_recovery_is_run_again_by_the_survivor_when_its_instance_dies()
    {
        var job = JobBuilder.Create<CountingJob>().WithIdentity("counting-failover", "test").RequestRecovery()
            .UsingJobData(CountingJob.DelayKey, "15000").Build();
        await _nodes[0].Scheduler.ScheduleJob(job, TriggerBuilder.Create().WithIdentity("failover-once", "test").StartNow().Build());
        var first = (await Poll.UntilAsync(() => Task.FromResult(_ledger.Executions), executions => executions.Count > 0)).Single();
        var dead = _nodes.Single(node => node.Options.InstanceId == first.InstanceId);
        var survivor = _nodes.Single(node => node != dead);

        await dead.CrashAsync();
        // Quartz declares an instance failed 7.5 s after its check-in was due (check-in every 1 s here).
        var executions = await Poll.UntilAsync(() => Task.FromResult(_ledger.Executions), found => found.Count > 1, TimeSpan.FromSeconds(25));

        Assert.That(executions, Has.Count.EqualTo(2));
        Assert.That(executions[0].Recovering, Is.False);
        Assert.That(executions[1].InstanceId, Is.EqualTo(survivor.Options.InstanceId));
        Assert.That(executions[1].Recovering, Is.True);
    }
}
