using System.Diagnostics;
using Dapper;
using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Adapters.Persistence.Health;
using Hexagon.Adapters.Persistence.Redis;
using Hexagon.Adapters.Persistence.Schema;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Persistence;

public sealed class ReadinessProbeTests
{
    private ThrowawayDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await ThrowawayDatabase.CreateAsync();

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    private MySqlReadinessProbe MySqlProbe(IDbConnectionFactory factory, ILogger<MySqlReadinessProbe>? logger = null, TimeSpan? timeout = null) => new(
        factory,
        new MySqlMigrationRunner(factory, new EmbeddedMigrationSource(), _database.Options(), NullLogger<MySqlMigrationRunner>.Instance),
        logger ?? NullLogger<MySqlReadinessProbe>.Instance,
        timeout);

    [Test]
    public async Task MySql_is_ready_once_every_migration_is_applied()
    {
        var factory = _database.ConnectionFactory();
        var probe = MySqlProbe(factory);

        var beforeMigrating = await probe.IsReadyAsync(CancellationToken.None);
        await new MySqlMigrationRunner(factory, new EmbeddedMigrationSource(), _database.Options(), NullLogger<MySqlMigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        var afterMigrating = await probe.IsReadyAsync(CancellationToken.None);

        Assert.That((probe.Name, beforeMigrating, afterMigrating), Is.EqualTo(("mysql", false, true)));
    }

    [Test]
    public async Task An_unreachable_MySql_is_not_ready_and_the_log_keeps_the_password_out()
    {
        var log = new ListLogger<MySqlReadinessProbe>();
        var options = new DatabaseOptions { ConnectionString = "Server=127.0.0.1;Port=1;User ID=hexagon;Password=pw-that-must-not-leak;SslMode=Disabled;Database=nowhere" };
        var probe = MySqlProbe(new MySqlConnectionFactory(options, NullLogger<MySqlConnectionFactory>.Instance), log);
        var stopwatch = Stopwatch.StartNew();

        var ready = await probe.IsReadyAsync(CancellationToken.None);

        Assert.That(ready, Is.False);
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "a hang guard far above the timeout, not a speed target");
        Assert.That(log.Entries, Has.Count.EqualTo(1));
        Assert.That(log.Entries[0].Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(log.Entries[0].Message, Does.Not.Contain("pw-that-must-not-leak").And.Not.Contain("Password").IgnoreCase);
    }

    [Test]
    public async Task A_MySql_that_hangs_is_not_ready_within_the_probe_timeout()
    {
        var factory = _database.ConnectionFactory();
        await new MySqlMigrationRunner(factory, new EmbeddedMigrationSource(), _database.Options(), NullLogger<MySqlMigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        await using var locker = await _database.OpenRawAsync();
        // A table lock: the probe's read of schema_migrations waits behind it.
        await locker.ExecuteAsync("LOCK TABLES schema_migrations WRITE");
        var stopwatch = Stopwatch.StartNew();
        bool ready;
        long stillWaiting;
        try
        {
            ready = await MySqlProbe(factory, timeout: TimeSpan.FromMilliseconds(500)).IsReadyAsync(CancellationToken.None);
            await Task.Delay(300); // the probe answered; its KILL of the abandoned read is on its way
            stillWaiting = await _database.RunningStatementsAsync("schema_migrations");
        }
        finally
        {
            // A pooled connection keeps its session, and with it the lock, which would block dropping the database.
            await locker.ExecuteAsync("UNLOCK TABLES");
        }

        Assert.That(ready, Is.False);
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "a hang guard far above the probe timeout, not a speed target");
        Assert.That(stillWaiting, Is.Zero, "the abandoned read must be stopped, not left queued behind the lock");
    }

    [Test]
    public async Task Redis_answering_ping_is_ready()
    {
        using var multiplexer = RedisMultiplexerFactory.Connect(new RedisOptions { Configuration = TestServers.Redis });

        var probe = new RedisReadinessProbe(multiplexer, NullLogger<RedisReadinessProbe>.Instance);

        Assert.That((probe.Name, await probe.IsReadyAsync(CancellationToken.None)), Is.EqualTo(("redis", true)));
    }

    [Test]
    public async Task A_Redis_that_is_down_at_start_up_neither_crashes_nor_counts_as_ready()
    {
        var stopwatch = Stopwatch.StartNew();
        using var multiplexer = RedisMultiplexerFactory.Connect(new RedisOptions { Configuration = "127.0.0.1:1" });
        var connectTime = stopwatch.Elapsed;
        var log = new ListLogger<RedisReadinessProbe>();

        stopwatch.Restart();
        var ready = await new RedisReadinessProbe(multiplexer, log).IsReadyAsync(CancellationToken.None);

        Assert.That(ready, Is.False);
        // Hang guards, not speed targets: the bounds are far above the configured timeouts, so a busy machine cannot fail
        // them, and far below "waits for ever".
        Assert.That(connectTime, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(log.Entries.Single().Level, Is.EqualTo(LogLevel.Warning));
    }
}
