using Hexagon.Adapters.Persistence.Driver;

namespace Hexagon.Integration.Tests.Persistence;

/// <summary>The cancellation rules of the driver workaround, with a fake statement: no server, no timing luck.</summary>
public sealed class StatementInterruptionTests
{
    [Test]
    public async Task A_statement_that_finishes_first_returns_its_result_and_is_never_interrupted()
    {
        var interrupts = 0;

        var result = await StatementInterruption.RunAsync(() => Task.FromResult(5), () => Task.FromResult(interrupts++), 30, CancellationToken.None);

        Assert.That((result, interrupts), Is.EqualTo((5, 0)));
    }

    [Test]
    public void Cancelling_interrupts_the_statement_and_turns_the_drivers_error_into_a_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var killed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var statement = new FakeStatement(killed);

        var running = StatementInterruption.RunAsync(statement.RunAsync, statement.KillAsync, 30, cancellation.Token);
        cancellation.Cancel();

        var exception = Assert.CatchAsync<OperationCanceledException>(() => running);
        Assert.That(exception!.InnerException, Is.InstanceOf<NullReferenceException>(), "what MySql.Data 26.10 throws for a killed statement");
        Assert.That(exception.CancellationToken, Is.EqualTo(cancellation.Token));
        Assert.That(statement.Kills, Is.EqualTo(1));
    }

    [Test]
    public void A_stopped_statement_that_reports_success_is_still_reported_as_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var statement = new FakeStatement(returnsNormallyWhenKilled: true);

        var running = StatementInterruption.RunAsync(statement.RunAsync, statement.KillAsync, 30, cancellation.Token);
        cancellation.Cancel();

        Assert.CatchAsync<OperationCanceledException>(() => running);
    }

    [Test]
    public void Passing_the_timeout_interrupts_with_a_timeout_exception()
    {
        var statement = new FakeStatement();

        var exception = Assert.ThrowsAsync<TimeoutException>(() => StatementInterruption.RunAsync(statement.RunAsync, statement.KillAsync, 1, CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("1 s"));
        Assert.That(statement.Kills, Is.EqualTo(1));
    }

    [Test]
    public void An_already_cancelled_token_never_starts_the_statement()
    {
        var statement = new FakeStatement();

        Assert.CatchAsync<OperationCanceledException>(() => StatementInterruption.RunAsync(statement.RunAsync, statement.KillAsync, 30, new CancellationToken(canceled: true)));

        Assert.That(statement.Started, Is.False);
    }

    [Test]
    public void The_call_returns_only_after_the_kill_has_landed()
    {
        using var cancellation = new CancellationTokenSource();
        var killLanded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var statement = new FakeStatement(killDelay: killLanded.Task);

        var running = StatementInterruption.RunAsync(statement.RunAsync, statement.KillAsync, 30, cancellation.Token);
        cancellation.Cancel();

        Assert.That(running.Wait(TimeSpan.FromMilliseconds(200)), Is.False, "must wait for the KILL before the connection is reused");
        killLanded.SetResult();
        Assert.CatchAsync<OperationCanceledException>(() => running);
    }

    /// <summary>Runs until killed; then throws like MySql.Data does, or returns like a killed SLEEP does.</summary>
    private sealed class FakeStatement(TaskCompletionSource<int>? killed = null, bool returnsNormallyWhenKilled = false, Task? killDelay = null)
    {
        private readonly TaskCompletionSource<int> _killed = killed ?? new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Started { get; private set; }

        public int Kills { get; private set; }

        public async Task<int> RunAsync()
        {
            Started = true;
            await _killed.Task;
            return returnsNormallyWhenKilled ? 1 : throw new NullReferenceException("Object reference not set to an instance of an object.");
        }

        public async Task KillAsync()
        {
            Kills++;
            _killed.TrySetResult(0);
            if (killDelay is not null)
            {
                await killDelay;
            }
        }
    }
}
