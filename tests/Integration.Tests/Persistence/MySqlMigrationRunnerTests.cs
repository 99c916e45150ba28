using Hexagon.Integration.Tests.Infrastructure;
using Dapper;
using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Persistence;

public sealed class MySqlMigrationRunnerTests
{
    private ThrowawayDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await ThrowawayDatabase.CreateAsync();

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    private MySqlMigrationRunner Runner(IMigrationSource? source = null, Action<DatabaseOptions>? configure = null) => new(
        _database.ConnectionFactory(configure),
        source ?? new EmbeddedMigrationSource(),
        _database.Options(configure),
        NullLogger<MySqlMigrationRunner>.Instance);

    private static IMigrationSource Files(params MigrationFile[] files) => new ListMigrationSource(files);

    private Task<List<HistoryRow>> HistoryAsync() => _database.QueryAsync<HistoryRow>(
        "SELECT version AS Version, name AS Name, checksum AS Checksum, applied_at AS AppliedAt, execution_ms AS ExecutionMs FROM schema_migrations ORDER BY version");

    [Test]
    public async Task Applies_every_shipped_migration_to_an_empty_database_and_records_each()
    {
        var runner = Runner();

        var report = await runner.MigrateAsync(CancellationToken.None);

        var history = await HistoryAsync();
        Assert.That(report.Applied.Select(script => script.FileName), Is.EqualTo(runner.Scripts.Select(script => script.FileName)));
        Assert.That(history.Select(row => (row.Version, row.Name, row.Checksum)), Is.EqualTo(runner.Scripts.Select(script => (script.Version, script.FileName, script.Checksum))));
        Assert.That(history.Select(row => row.ExecutionMs), Is.All.GreaterThanOrEqualTo(0));
        Assert.That(await _database.ScalarAsync<string>("SELECT meta_value FROM app_metadata WHERE meta_key = 'schema_owner'"), Is.EqualTo("hexagon"));
        var table = (await _database.QueryAsync<(string Engine, string Collation)>(
            "SELECT ENGINE, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = @Name AND TABLE_NAME = 'app_metadata'", new { _database.Name })).Single();
        Assert.That(table, Is.EqualTo(("InnoDB", "utf8mb4_unicode_ci")));
    }

    [Test]
    public async Task Running_again_applies_nothing_and_touches_no_history_row()
    {
        await Runner().MigrateAsync(CancellationToken.None);
        var before = await HistoryAsync();

        var report = await Runner().MigrateAsync(CancellationToken.None);

        Assert.That(report.Applied, Is.Empty);
        Assert.That(report.Skipped, Has.Count.EqualTo(before.Count));
        Assert.That(await HistoryAsync(), Is.EqualTo(before));
        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM app_metadata"), Is.EqualTo(1), "the baseline's INSERT must not run twice");
    }

    [Test]
    public async Task A_changed_applied_file_is_refused_and_nothing_after_it_runs()
    {
        await Runner(Files(MigrationFile.FromText("0001_a.sql", "CREATE TABLE a (id INT PRIMARY KEY) ENGINE=InnoDB;"))).MigrateAsync(CancellationToken.None);
        var edited = Files(
            MigrationFile.FromText("0001_a.sql", "CREATE TABLE a (id BIGINT PRIMARY KEY) ENGINE=InnoDB;"),
            MigrationFile.FromText("0002_b.sql", "CREATE TABLE b (id INT PRIMARY KEY) ENGINE=InnoDB;"));

        var exception = Assert.ThrowsAsync<AppliedMigrationChangedException>(() => Runner(edited).MigrateAsync(CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("0001_a.sql"));
        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = @Name AND TABLE_NAME = 'b'", new { _database.Name }), Is.Zero);
        Assert.That((await HistoryAsync()).Select(row => row.Version), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task A_tampered_recorded_checksum_is_refused_too()
    {
        await Runner().MigrateAsync(CancellationToken.None);
        await _database.ExecuteAsync("UPDATE schema_migrations SET checksum = REPEAT('0', 64) WHERE version = 1");

        var exception = Assert.ThrowsAsync<AppliedMigrationChangedException>(() => Runner().MigrateAsync(CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("0001_baseline.sql"));
    }

    [Test]
    public async Task Two_instances_starting_together_apply_each_migration_once()
    {
        // Plain CREATE TABLE (no IF NOT EXISTS) and a pause: without the lock the second runner would fail on it.
        var files = Files(
            MigrationFile.FromText("0001_a.sql", "CREATE TABLE a (id INT PRIMARY KEY) ENGINE=InnoDB;\nDO SLEEP(0.5);"),
            MigrationFile.FromText("0002_b.sql", "CREATE TABLE b (id INT PRIMARY KEY) ENGINE=InnoDB;"));
        var first = Runner(files);
        var second = Runner(files);

        var reports = await Task.WhenAll(
            Task.Run(() => first.MigrateAsync(CancellationToken.None)),
            Task.Run(() => second.MigrateAsync(CancellationToken.None)));

        Assert.That(reports.Select(report => report.Applied.Count).Order(), Is.EqualTo(new[] { 0, 2 }));
        Assert.That(reports.Select(report => report.Skipped.Count).Order(), Is.EqualTo(new[] { 0, 2 }));
        Assert.That((await HistoryAsync()).Select(row => row.Version), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public async Task A_failing_file_is_not_recorded_names_itself_and_releases_the_lock()
    {
        var files = Files(
            MigrationFile.FromText("0001_a.sql", "CREATE TABLE a (id INT PRIMARY KEY) ENGINE=InnoDB;"),
            MigrationFile.FromText("0002_broken.sql", "CREATE TABLE b (id INT PRIMARY KEY) ENGINE=InnoDB;\nINSERT INTO no_such_table VALUES (1);"));

        var exception = Assert.ThrowsAsync<InvalidOperationException>(() => Runner(files).MigrateAsync(CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("0002_broken.sql"));
        Assert.That((await HistoryAsync()).Select(row => row.Version), Is.EqualTo(new[] { 1 }));
        Assert.That(await _database.ScalarAsync<long>("SELECT IS_FREE_LOCK(@lockName)", new { lockName = $"hexagon_migrations.{_database.Name}" }), Is.EqualTo(1));
    }

    [Test]
    public async Task Gives_up_when_another_instance_holds_the_lock_too_long()
    {
        await using var otherInstance = await _database.OpenRawAsync();
        await otherInstance.ExecuteScalarAsync<long>("SELECT GET_LOCK(@lockName, 0)", new { lockName = $"hexagon_migrations.{_database.Name}" });

        Assert.ThrowsAsync<TimeoutException>(() => Runner(configure: options => options.MigrationLockTimeoutSeconds = 1).MigrateAsync(CancellationToken.None));

        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = @Name", new { _database.Name }), Is.Zero);
    }

    [Test]
    public async Task Knows_whether_every_shipped_migration_is_applied()
    {
        var runner = Runner();
        await using var connection = await _database.ConnectionFactory().OpenAsync(CancellationToken.None);

        var empty = await runner.AreAllAppliedAsync(connection, CancellationToken.None);
        await runner.MigrateAsync(CancellationToken.None);
        var migrated = await runner.AreAllAppliedAsync(connection, CancellationToken.None);
        await _database.ExecuteAsync("DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM (SELECT version FROM schema_migrations) AS v)");
        var oneMissing = await runner.AreAllAppliedAsync(connection, CancellationToken.None);

        Assert.That((empty, migrated, oneMissing), Is.EqualTo((false, true, false)));
    }

    private sealed record HistoryRow(int Version, string Name, string Checksum, DateTime AppliedAt, long ExecutionMs);
}
