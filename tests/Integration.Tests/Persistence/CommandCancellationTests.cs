using Hexagon.Integration.Tests.Infrastructure;
using System.Diagnostics;
using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Persistence;

/// <summary>
/// MySql.Data 26.10 on its own ignores Dapper's token (the SLEEP runs its full length) and never returns from an
/// async command whose timeout expires. These tests pin down what the adapter's connections do instead: the
/// statement stops on the server, the caller gets OperationCanceledException or TimeoutException quickly.
/// </summary>
public sealed class CommandCancellationTests
{
    private ThrowawayDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await ThrowawayDatabase.CreateAsync();

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task A_cancelled_token_stops_the_statement_on_the_server_and_the_call_ends_at_once()
    {
        await using var connection = await _database.ConnectionFactory().OpenAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var stopwatch = Stopwatch.StartNew();

        var exception = Assert.CatchAsync<OperationCanceledException>(() =>
            connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT SLEEP(30)", cancellationToken: cancellation.Token)));

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "a hang guard far above the timeout, not a speed target");
        Assert.That(exception!.CancellationToken, Is.EqualTo(cancellation.Token));
        Assert.That(await _database.RunningStatementsAsync("SLEEP(30)"), Is.Zero, "the server must not go on sleeping");
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT 7"), Is.EqualTo(7), "the connection stays usable");
    }

    [Test]
    public async Task A_statement_waiting_for_a_row_lock_stops_when_cancelled_and_changes_nothing()
    {
        await _database.ExecuteAsync("CREATE TABLE stock (id INT NOT NULL PRIMARY KEY, quantity INT NOT NULL) ENGINE=InnoDB; INSERT INTO stock VALUES (1, 10)");
        await using var holder = await _database.OpenRawAsync();
        await using var holding = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("SELECT quantity FROM stock WHERE id = 1 FOR UPDATE", transaction: holding);
        await using var connection = await _database.ConnectionFactory().OpenAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        Assert.CatchAsync<OperationCanceledException>(() =>
            connection.ExecuteAsync(new CommandDefinition("UPDATE stock SET quantity = quantity - 1 WHERE id = 1", cancellationToken: cancellation.Token)));
        await holding.CommitAsync();

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "innodb_lock_wait_timeout is 50 s; the token must win");
        Assert.That(await _database.RunningStatementsAsync("UPDATE stock"), Is.Zero);
        Assert.That(await _database.ScalarAsync<int>("SELECT quantity FROM stock WHERE id = 1"), Is.EqualTo(10));
    }

    [Test]
    public async Task A_statement_past_its_command_timeout_stops_with_a_timeout_exception()
    {
        await using var connection = await _database.ConnectionFactory().OpenAsync(CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();

        Assert.ThrowsAsync<TimeoutException>(() =>
            connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT SLEEP(30)", commandTimeout: 1)));

        // Stopped by the 1 s timeout, long before the 30 s sleep: the upper bound only guards against "never stopped".
        Assert.That(stopwatch.Elapsed, Is.InRange(TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(20)));
        Assert.That(await _database.RunningStatementsAsync("SLEEP(30)"), Is.Zero);
    }

    [Test]
    public async Task The_configured_command_timeout_applies_when_a_command_sets_none()
    {
        await using var connection = await _database.ConnectionFactory(options => options.CommandTimeoutSeconds = 1).OpenAsync(CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();

        Assert.ThrowsAsync<TimeoutException>(() => connection.ExecuteAsync(new CommandDefinition("DO SLEEP(30)")));

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "stopped by the 1 s timeout, not by the 30 s sleep");
    }

    [Test]
    public async Task A_statement_that_finishes_in_time_returns_its_result_and_leaves_nothing_behind()
    {
        await using var connection = await _database.ConnectionFactory().OpenAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        var first = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 1 + SLEEP(0.05)", cancellationToken: cancellation.Token));
        await cancellation.CancelAsync(); // after the statement: must not reach the next one
        var next = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 2 + SLEEP(0.3)"));

        Assert.That((first, next), Is.EqualTo((1L, 2L)));
    }

    [Test]
    public async Task A_cancelled_unit_of_work_rolls_back_what_it_wrote_before()
    {
        await _database.ExecuteAsync("CREATE TABLE notes (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
        await using var session = new DbSession(_database.ConnectionFactory());
        var unitOfWork = new MySqlUnitOfWork(session, new TransientRetryPolicy(3, TimeSpan.Zero, TimeSpan.Zero), NullLogger<MySqlUnitOfWork>.Instance);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        Assert.CatchAsync<OperationCanceledException>(() => unitOfWork.ExecuteAsync(async ct =>
        {
            var connection = await session.GetConnectionAsync(ct);
            await connection.ExecuteAsync(session.Command("INSERT INTO notes (id) VALUES (1)", null, ct));
            return await connection.ExecuteAsync(session.Command("DO SLEEP(30)", null, ct));
        }, cancellation.Token));

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "a hang guard far above the timeout, not a speed target");
        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM notes"), Is.Zero);
    }

    [Test]
    public async Task An_already_cancelled_token_runs_nothing()
    {
        await _database.ExecuteAsync("CREATE TABLE notes (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB");
        await using var connection = await _database.ConnectionFactory().OpenAsync(CancellationToken.None);

        Assert.CatchAsync<OperationCanceledException>(() =>
            connection.ExecuteAsync(new CommandDefinition("INSERT INTO notes (id) VALUES (1)", cancellationToken: new CancellationToken(canceled: true))));

        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM notes"), Is.Zero);
    }
}
