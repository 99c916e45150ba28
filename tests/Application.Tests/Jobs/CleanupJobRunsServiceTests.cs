using Hexagon.Application.Errors;
using Hexagon.Application.Jobs.CleanupJobRuns;

namespace Hexagon.Application.Tests.Jobs;

public sealed class CleanupJobRunsServiceTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 19, 0, 0, TimeSpan.Zero);

    private InMemoryJobRunLog _log = null!;
    private CleanupJobRunsService _service = null!;

    [SetUp]
    public void CreateService()
    {
        // NUnit runs every test of a fixture on one instance: each test gets a fresh log here.
        _log = new InMemoryJobRunLog();
        _service = new CleanupJobRunsService(_log, new ManualTimeProvider(Now));
    }

    [Test]
    public async Task Deletes_runs_that_started_before_the_retention_period_and_keeps_the_rest()
    {
        _log.Add(Now.AddDays(-45));
        _log.Add(Now.AddDays(-30).AddSeconds(-1));
        var onTheCutoff = _log.Add(Now.AddDays(-30));
        var recent = _log.Add(Now.AddHours(-1));

        var result = await _service.CleanupAsync(new CleanupJobRunsCommand(RetentionDays: 30), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Value.Deleted, Is.EqualTo(2));
        Assert.That(result.Value.Cutoff, Is.EqualTo(Now.AddDays(-30)));
        Assert.That(_log.Runs, Is.EqualTo(new[] { onTheCutoff, recent }));
    }

    [Test]
    public async Task Deletes_nothing_when_every_run_is_recent()
    {
        _log.Add(Now.AddDays(-1));

        var result = await _service.CleanupAsync(new CleanupJobRunsCommand(RetentionDays: 30), CancellationToken.None);

        Assert.That(result.Value.Deleted, Is.Zero);
        Assert.That(_log.Runs, Has.Count.EqualTo(1));
    }

    [TestCase(0)]
    [TestCase(-7)]
    public async Task Refuses_a_retention_shorter_than_a_day_and_deletes_nothing(int retentionDays)
    {
        _log.Add(Now.AddMinutes(-1));

        var result = await _service.CleanupAsync(new CleanupJobRunsCommand(retentionDays), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
        Assert.That(result.Error.FieldErrors, Does.ContainKey("retentionDays"));
        Assert.That(_log.Runs, Has.Count.EqualTo(1));
    }
}
