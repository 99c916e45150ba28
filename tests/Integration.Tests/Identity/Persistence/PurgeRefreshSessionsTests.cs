using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Identity.PurgeRefreshSessions;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Identity.Persistence;

public sealed class PurgeRefreshSessionsTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Cutoff = Now.AddDays(-7);

    private ThrowawayDatabase _database = null!;
    private DbSession _session = null!;
    private MySqlRefreshSessionRepository _sessions = null!;
    private long _userId;
    private int _rows;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("identity_purge");
        _session = new DbSession(_database.ConnectionFactory());
        _sessions = new MySqlRefreshSessionRepository(_session);
        _userId = await _database.InsertUserAsync("kim@example.com");
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _session.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Task<long> InsertAsync(DateTimeOffset expiresAt, DateTimeOffset? revokedAt = null)
    {
        var row = ++_rows;
        return _database.ScalarAsync<long>(
            """
            INSERT INTO refresh_sessions (user_id, family_id, token_hash, created_at, expires_at, revoked_at)
            VALUES (@_userId, LPAD(@row, 32, '0'), UNHEX(SHA2(@row, 256)), @createdAt, @expiresAt, @revokedAt);
            SELECT LAST_INSERT_ID();
            """,
            new { _userId, row, createdAt = expiresAt.AddDays(-14).UtcDateTime, expiresAt = expiresAt.UtcDateTime, revokedAt = revokedAt?.UtcDateTime });
    }

    private Task<List<long>> RemainingAsync() => _database.QueryAsync<long>("SELECT id FROM refresh_sessions ORDER BY id");

    [Test]
    public async Task The_service_deletes_only_sessions_that_ended_before_the_retention_in_batches()
    {
        var live = await InsertAsync(Now.AddDays(13));
        for (var i = 0; i < 4; i++)
        {
            await InsertAsync(Cutoff.AddDays(-1 - i));
            await InsertAsync(Now.AddDays(5), revokedAt: Cutoff.AddSeconds(-1 - i));
        }

        var expiredOnTheCutoff = await InsertAsync(Cutoff);
        var revokedRecently = await InsertAsync(Now.AddDays(5), revokedAt: Now.AddDays(-1));
        var expiredRecently = await InsertAsync(Now.AddDays(-2));
        var service = new PurgeRefreshSessionsService(_sessions, new SettableClock(Now));

        var result = await service.PurgeAsync(new PurgeRefreshSessionsCommand(RetentionDays: 7, BatchSize: 3), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(8));
        Assert.That(await RemainingAsync(), Is.EqualTo(new[] { live, expiredOnTheCutoff, revokedRecently, expiredRecently }));
    }

    [Test]
    public async Task One_batch_deletes_at_most_the_limit_taking_expired_then_revoked_oldest_first()
    {
        await InsertAsync(Cutoff.AddDays(-3));
        await InsertAsync(Cutoff.AddDays(-4));
        await InsertAsync(Now.AddDays(5), revokedAt: Cutoff.AddDays(-1));
        var revokedLater = await InsertAsync(Now.AddDays(5), revokedAt: Cutoff.AddHours(-1));

        var first = await _sessions.DeleteEndedBeforeAsync(Cutoff, 3, CancellationToken.None);
        var afterFirst = await RemainingAsync();
        var second = await _sessions.DeleteEndedBeforeAsync(Cutoff, 3, CancellationToken.None);

        Assert.That(first, Is.EqualTo(3));
        Assert.That(afterFirst, Is.EqualTo(new[] { revokedLater }));
        Assert.That(second, Is.EqualTo(1));
        Assert.That(await RemainingAsync(), Is.Empty);
    }
}
