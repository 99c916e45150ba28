using Hexagon.Integration.Tests.Infrastructure;
using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Microsoft.Extensions.Logging;

namespace Hexagon.Integration.Tests.Persistence;

/// <summary>
/// A genuine InnoDB deadlock, not a simulated error number: the unit of work and another transaction lock two rows
/// in opposite order. The other transaction has changed many more rows, so InnoDB rolls back the lighter one, the
/// unit of work, which must run its delegate again and commit.
/// </summary>
public sealed class DeadlockRetryTests
{
    private ThrowawayDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateAsync();
        await _database.ExecuteAsync("""
            CREATE TABLE counters (id INT NOT NULL PRIMARY KEY, value INT NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
            INSERT INTO counters (id, value) SELECT seq, 0 FROM (SELECT 1 AS seq UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
                UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10) AS numbers;
            """);
    }

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task The_deadlock_victim_unit_of_work_runs_again_and_commits()
    {
        await using var session = new DbSession(_database.ConnectionFactory());
        var log = new ListLogger<MySqlUnitOfWork>();
        var unitOfWork = new MySqlUnitOfWork(session, new TransientRetryPolicy(3, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50)), log);
        var firstRunHoldsRowOne = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;

        await using var other = await _database.OpenRawAsync();
        await using var otherTransaction = await other.BeginTransactionAsync();
        await other.ExecuteAsync("UPDATE counters SET value = value + 1 WHERE id BETWEEN 2 AND 10", transaction: otherTransaction);

        var unit = Task.Run(() => unitOfWork.ExecuteAsync(async ct =>
        {
            var run = Interlocked.Increment(ref runs);
            var connection = await session.GetConnectionAsync(ct);
            await connection.ExecuteAsync(session.Command("UPDATE counters SET value = value + 100 WHERE id = 1", null, ct));
            if (run == 1)
            {
                firstRunHoldsRowOne.SetResult();
            }

            // Blocks on the other transaction's lock on row 2.
            await connection.ExecuteAsync(session.Command("UPDATE counters SET value = value + 100 WHERE id = 2", null, ct));
            return run;
        }, CancellationToken.None));

        await firstRunHoldsRowOne.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilOneStatementWaitsForALockAsync();
        // Closes the cycle: row 1 is held by the unit of work, which waits for row 2, held here.
        await other.ExecuteAsync("UPDATE counters SET value = value + 1 WHERE id = 1", transaction: otherTransaction);
        await otherTransaction.CommitAsync();

        var committedOnRun = await unit.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(committedOnRun, Is.EqualTo(2));
        Assert.That(runs, Is.EqualTo(2));
        Assert.That(log.Entries.Single(entry => entry.Level == LogLevel.Warning).Message, Does.Contain("1213"));
        var values = await _database.QueryAsync<(int Id, int Value)>("SELECT id, value FROM counters WHERE id <= 3 ORDER BY id");
        // Each side's changes exactly once: the first run's +100 on row 1 was rolled back, not kept.
        Assert.That(values, Is.EqualTo(new[] { (1, 101), (2, 101), (3, 1) }));
    }

    private async Task WaitUntilOneStatementWaitsForALockAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await _database.ScalarAsync<long>("""
            SELECT COUNT(*) FROM information_schema.INNODB_TRX AS trx
            JOIN information_schema.PROCESSLIST AS process ON process.ID = trx.trx_mysql_thread_id
            WHERE trx.trx_state = 'LOCK WAIT' AND process.DB = @Name
            """, new { _database.Name }) == 0)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the unit of work never blocked on row 2");
            await Task.Delay(20);
        }
    }
}
