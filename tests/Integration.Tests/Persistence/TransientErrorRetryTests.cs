using Hexagon.Integration.Tests.Infrastructure;
using Dapper;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Microsoft.Extensions.Logging;

namespace Hexagon.Integration.Tests.Persistence;

/// <summary>Which server errors make the unit of work run its delegate again, and how often (see also DeadlockRetryTests).</summary>
public sealed class TransientErrorRetryTests
{
    private ThrowawayDatabase _database = null!;
    private DbSession _session = null!;
    private ListLogger<MySqlUnitOfWork> _log = null!;
    private MySqlUnitOfWork _unitOfWork = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateAsync();
        await _database.ExecuteAsync("CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body VARCHAR(100) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
        _session = new DbSession(_database.ConnectionFactory());
        _log = new ListLogger<MySqlUnitOfWork>();
        // No real waiting; the back-off itself is covered by TransientRetryPolicyTests.
        var retries = new TransientRetryPolicy(3, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10), () => 0.5, (_, _) => Task.CompletedTask);
        _unitOfWork = new MySqlUnitOfWork(_session, retries, _log);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _session.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task Retries_a_transient_error_and_gives_up_after_max_retries()
    {
        await CreateFakeDeadlockProcedureAsync();
        var runs = 0;

        var exception = Assert.ThrowsAsync(Is.InstanceOf<Exception>(), () => _unitOfWork.ExecuteAsync(async ct =>
        {
            runs++;
            await InsertAsync(runs, "attempt", ct);
            var connection = await _session.GetConnectionAsync(ct);
            await connection.ExecuteAsync(_session.Command("CALL fake_deadlock()", null, ct));
            return runs;
        }, CancellationToken.None));

        Assert.That(MySqlErrors.ServerErrorNumber(exception!), Is.EqualTo(MySqlErrors.Deadlock));
        Assert.That(runs, Is.EqualTo(4), "the first run and three retries");
        Assert.That(await StoredIdsAsync(), Is.Empty, "every attempt rolled back");
        Assert.That(_log.Entries.Count(entry => entry.Level == LogLevel.Warning && entry.Message.Contains("1213", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    public async Task A_non_transient_server_error_is_not_retried()
    {
        var runs = 0;

        Assert.ThrowsAsync(Is.InstanceOf<Exception>(), () => _unitOfWork.ExecuteAsync(async ct =>
        {
            runs++;
            await InsertAsync(1, "first", ct);
            await InsertAsync(1, "duplicate key", ct);
            return 0;
        }, CancellationToken.None));

        Assert.That(runs, Is.EqualTo(1));
    }

    [Test]
    public async Task A_lock_wait_timeout_is_retried_once_the_lock_is_gone()
    {
        await _database.ExecuteAsync("INSERT INTO notes (id, body) VALUES (1, 'hot row')");
        await using var holder = await _database.OpenRawAsync();
        await using var holding = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("SELECT id FROM notes WHERE id = 1 FOR UPDATE", transaction: holding);
        var runs = 0;

        var unit = Task.Run(() => _unitOfWork.ExecuteAsync(async ct =>
        {
            var connection = await _session.GetConnectionAsync(ct);
            // 1 s on the first run, so it times out while the row is held; the default again for the retry, which
            // may get the same pooled session back.
            var waitSeconds = Interlocked.Increment(ref runs) == 1 ? 1 : 50;
            await connection.ExecuteAsync(_session.Command("SET SESSION innodb_lock_wait_timeout = @waitSeconds", new { waitSeconds }, ct));

            return await connection.ExecuteAsync(_session.Command("UPDATE notes SET body = 'updated' WHERE id = 1", null, ct));
        }, CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the first run times out meanwhile
        await holding.RollbackAsync();

        Assert.That(await unit.WaitAsync(TimeSpan.FromSeconds(20)), Is.EqualTo(1));
        Assert.That(runs, Is.EqualTo(2));
        Assert.That(_log.Entries.Single().Message, Does.Contain("1205"));
        Assert.That(await _database.ScalarAsync<string>("SELECT body FROM notes WHERE id = 1"), Is.EqualTo("updated"));
    }

    private async Task InsertAsync(int id, string body, CancellationToken cancellationToken)
    {
        var connection = await _session.GetConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(_session.Command("INSERT INTO notes (id, body) VALUES (@id, @body)", new { id, body }, cancellationToken));
    }

    private Task<List<int>> StoredIdsAsync() => _database.QueryAsync<int>("SELECT id FROM notes ORDER BY id");

    // A stored procedure, not a bare SIGNAL: MySQL 8 only signals from stored programs.
    private Task CreateFakeDeadlockProcedureAsync() => _database.ExecuteAsync(
        "CREATE PROCEDURE fake_deadlock() SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found when trying to get lock (simulated)'");
}
