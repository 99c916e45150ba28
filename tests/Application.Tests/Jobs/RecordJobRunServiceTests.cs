using Hexagon.Application.Errors;
using Hexagon.Application.Jobs.Ports;
using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Tests.Jobs;

public sealed class RecordJobRunServiceTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 19, 0, 0, TimeSpan.Zero);
    private static readonly RecordJobRunCommand Command = new("cleanup-job-runs", "node-a");

    private InMemoryJobRunLog _log = null!;
    private ManualTimeProvider _clock = null!;
    private RecordJobRunService _service = null!;

    [SetUp]
    public void CreateService()
    {
        // NUnit runs every test of a fixture on one instance: each test gets a fresh log and clock here.
        _log = new InMemoryJobRunLog();
        _clock = new ManualTimeProvider(Now);
        _service = new RecordJobRunService(_log, _clock);
    }

    [Test]
    public async Task A_successful_run_is_recorded_with_its_items_and_both_times()
    {
        var result = await _service.RunAsync(Command, _ =>
        {
            _clock.Advance(TimeSpan.FromSeconds(3));
            return Task.FromResult(Result<int>.Ok(42));
        }, CancellationToken.None);

        var run = _log.Runs.Single();
        Assert.That(result, Is.EqualTo(new RecordJobRunResult(run.Id, JobRunOutcome.Succeeded, 42, null)));
        Assert.That(run, Is.EqualTo(new JobRun(run.Id, "cleanup-job-runs", "node-a", Now, Now.AddSeconds(3), JobRunOutcome.Succeeded, 42, null)));
    }

    [Test]
    public async Task The_run_shows_as_running_while_the_work_runs()
    {
        JobRun? duringWork = null;

        await _service.RunAsync(Command, _ =>
        {
            duringWork = _log.Runs.Single();
            return Task.FromResult(Result<int>.Ok(0));
        }, CancellationToken.None);

        Assert.That(duringWork!.Outcome, Is.Null);
        Assert.That(duringWork.FinishedAt, Is.Null);
    }

    [Test]
    public async Task A_failed_result_is_recorded_as_failed_with_the_error_code_and_message()
    {
        var result = await _service.RunAsync(Command, _ => Task.FromResult(Result<int>.Fail(ErrorCatalog.ServiceUnavailable)), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(JobRunOutcome.Failed));
        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.ServiceUnavailable));
        var run = _log.Runs.Single();
        Assert.That(run.Outcome, Is.EqualTo(JobRunOutcome.Failed));
        Assert.That(run.ErrorMessage, Is.EqualTo($"9007 {ErrorCatalog.ServiceUnavailable.Message}"));
    }

    [Test]
    public void An_exception_is_recorded_as_failed_and_thrown_again()
    {
        var thrown = Assert.ThrowsAsync<InvalidOperationException>(() =>
            _service.RunAsync(Command, _ => throw new InvalidOperationException("boom"), CancellationToken.None));

        Assert.That(thrown!.Message, Is.EqualTo("boom"));
        var run = _log.Runs.Single();
        Assert.That(run.Outcome, Is.EqualTo(JobRunOutcome.Failed));
        Assert.That(run.ErrorMessage, Is.EqualTo("InvalidOperationException: boom"));
        Assert.That(run.FinishedAt, Is.EqualTo(Now));
    }

    [Test]
    public void A_run_cancelled_by_shutdown_is_still_closed_as_failed()
    {
        using var shutdown = new CancellationTokenSource();

        Assert.CatchAsync<OperationCanceledException>(() => _service.RunAsync(Command, async token =>
        {
            await shutdown.CancelAsync();
            token.ThrowIfCancellationRequested();
            return Result<int>.Ok(1);
        }, shutdown.Token));

        Assert.That(_log.Runs.Single().Outcome, Is.EqualTo(JobRunOutcome.Failed));
    }

    [Test]
    public void A_long_error_message_is_cut_to_what_the_log_keeps()
    {
        var longMessage = new string('x', 2000);

        Assert.ThrowsAsync<InvalidOperationException>(() => _service.RunAsync(Command, _ => throw new InvalidOperationException(longMessage), CancellationToken.None));

        Assert.That(_log.Runs.Single().ErrorMessage, Has.Length.EqualTo(JobRun.MaxErrorMessageLength));
    }

    [Test]
    public void A_cut_never_splits_an_emoji_in_half()
    {
        // "InvalidOperationException: " is 27 characters; 472 more puts the emoji's first half at index 499.
        var message = new string('x', 472) + "😀" + new string('y', 50);

        Assert.ThrowsAsync<InvalidOperationException>(() => _service.RunAsync(Command, _ => throw new InvalidOperationException(message), CancellationToken.None));

        var recorded = _log.Runs.Single().ErrorMessage!;
        Assert.That(recorded, Has.Length.EqualTo(JobRun.MaxErrorMessageLength - 1));
        Assert.That(char.IsHighSurrogate(recorded[^1]), Is.False);
    }
}
