using Hexagon.Integration.Tests.Infrastructure;
using System.Text;
using Hexagon.Adapters.Persistence.Jobs;
using Hexagon.Application.Jobs.Ports;

namespace Hexagon.Integration.Tests.Jobs;

public sealed class MySqlJobRunLogTests
{
    // DATETIME(6) keeps microseconds; a tick-precise DateTimeOffset would not survive the round trip exactly.
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 19, 0, 0, 123, 456, TimeSpan.Zero);

    private ThrowawayDatabase _database = null!;
    private MySqlJobRunLog _log = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("jobrunlog");
        _log = new MySqlJobRunLog(_database.ConnectionFactory());
    }

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task A_run_reads_back_running_then_finished_with_everything_it_was_given()
    {
        var id = await _log.StartAsync("cleanup-job-runs", "node-a", Start, CancellationToken.None);
        var running = (await _log.ListNewestFirstAsync(null, 10, CancellationToken.None)).Single();

        await _log.FinishAsync(id, JobRunOutcome.Failed, 7, "9007 잠시 후 다시 시도해 주세요 😀", Start.AddSeconds(2), CancellationToken.None);
        var finished = (await _log.ListNewestFirstAsync(null, 10, CancellationToken.None)).Single();

        Assert.That(running, Is.EqualTo(new JobRun(id, "cleanup-job-runs", "node-a", Start, null, null, 0, null)));
        Assert.That(finished, Is.EqualTo(new JobRun(id, "cleanup-job-runs", "node-a", Start, Start.AddSeconds(2), JobRunOutcome.Failed, 7, "9007 잠시 후 다시 시도해 주세요 😀")));
        Assert.That(finished.StartedAt.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task A_non_utc_time_is_stored_as_the_same_instant()
    {
        var seoul = new DateTimeOffset(2025, 3, 11, 4, 0, 0, TimeSpan.FromHours(9));

        await _log.StartAsync("job", "node-a", seoul, CancellationToken.None);

        Assert.That((await _log.ListNewestFirstAsync(null, 1, CancellationToken.None)).Single().StartedAt, Is.EqualTo(seoul));
    }

    [Test]
    public async Task Pages_newest_first_by_id_below_the_cursor()
    {
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await _log.StartAsync($"job-{i}", "node-a", Start.AddMinutes(i), CancellationToken.None));
        }

        var first = await _log.ListNewestFirstAsync(null, 3, CancellationToken.None);
        var second = await _log.ListNewestFirstAsync(first[^1].Id, 3, CancellationToken.None);
        var last = await _log.ListNewestFirstAsync(ids[1], 3, CancellationToken.None);

        Assert.That(first.Select(run => run.Id), Is.EqualTo(new[] { ids[6], ids[5], ids[4] }));
        Assert.That(second.Select(run => run.Id), Is.EqualTo(new[] { ids[3], ids[2], ids[1] }));
        Assert.That(last.Select(run => run.Id), Is.EqualTo(new[] { ids[0] }));
    }

    [Test]
    public async Task Deletes_every_run_started_before_the_cutoff_across_several_batches_and_keeps_the_rest()
    {
        var cutoff = Start;
        var old = MySqlJobRunLog.DeleteBatchSize * 2 + 17;
        await InsertRunsAsync(old, cutoff.AddDays(-40));
        await _log.StartAsync("on-the-cutoff", "node-a", cutoff, CancellationToken.None);
        var justBefore = await _log.StartAsync("just-before", "node-a", cutoff.AddTicks(-10), CancellationToken.None);
        await _log.StartAsync("recent", "node-a", cutoff.AddDays(1), CancellationToken.None);

        var deleted = await _log.DeleteStartedBeforeAsync(cutoff, CancellationToken.None);

        Assert.That(deleted, Is.EqualTo(old + 1));
        var left = await _log.ListNewestFirstAsync(null, 100, CancellationToken.None);
        Assert.That(left.Select(run => run.JobName), Is.EquivalentTo(new[] { "on-the-cutoff", "recent" }));
        Assert.That(left.Select(run => run.Id), Has.No.Member(justBefore));
    }

    private async Task InsertRunsAsync(int count, DateTimeOffset startedAt)
    {
        var sql = new StringBuilder("INSERT INTO job_runs (job_name, instance_id, started_at, finished_at, outcome) VALUES ");
        var at = startedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);
        sql.AppendJoin(',', Enumerable.Repeat($"('old', 'node-a', '{at}', '{at}', 'SUCCEEDED')", count));
        await _database.ExecuteAsync(sql.ToString());
    }
}
