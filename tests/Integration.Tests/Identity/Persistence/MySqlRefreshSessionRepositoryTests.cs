using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Domain.Identity;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Identity.Persistence;

public sealed class MySqlRefreshSessionRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, 123, 456, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private ThrowawayDatabase _database = null!;
    private DbSession _session = null!;
    private MySqlRefreshSessionRepository _sessions = null!;
    private long _userId;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("identity_sessions");
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

    private Task<long> AddAsync(string familyId, NewRefreshToken token, long? userId = null, DateTimeOffset? now = null) =>
        _sessions.AddAsync(RefreshSession.Start(userId ?? _userId, familyId, token.Hash, "device-1", "HexagonApp/1.0 😀", now ?? Now, Lifetime), CancellationToken.None);

    [Test]
    public async Task A_session_reads_back_by_its_token_hash_with_everything_it_was_given()
    {
        var family = RefreshTokenFactory.NewFamilyId();
        var token = RefreshTokenFactory.Create();
        var id = await AddAsync(family, token);

        var found = await _sessions.FindByTokenHashForUpdateAsync(token.Hash, CancellationToken.None);

        Assert.That(found, Is.Not.Null);
        Assert.That(found!.Id, Is.EqualTo(id));
        Assert.That(found.UserId, Is.EqualTo(_userId));
        Assert.That(found.FamilyId, Is.EqualTo(family));
        Assert.That(found.TokenHash, Is.EqualTo(token.Hash));
        Assert.That(found.DeviceId, Is.EqualTo("device-1"));
        Assert.That(found.UserAgent, Is.EqualTo("HexagonApp/1.0 😀"));
        Assert.That(found.CreatedAt, Is.EqualTo(Now));
        Assert.That(found.ExpiresAt, Is.EqualTo(Now + Lifetime));
        Assert.That((found.UsedAt, found.RevokedAt, found.ReplacedById), Is.EqualTo(((DateTimeOffset?)null, (DateTimeOffset?)null, (long?)null)));
    }

    [Test]
    public async Task Only_the_hash_is_stored_never_the_token()
    {
        var token = RefreshTokenFactory.Create();
        await AddAsync(RefreshTokenFactory.NewFamilyId(), token);

        var stored = await _database.QueryAsync<byte[]>("SELECT token_hash FROM refresh_sessions");

        Assert.That(stored.Single(), Is.EqualTo(token.Hash.ToArray()));
        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM refresh_sessions WHERE token_hash = @token", new { token = token.Token }), Is.Zero);
    }

    [Test]
    public async Task An_unknown_hash_finds_nothing() =>
        Assert.That(await _sessions.FindByTokenHashForUpdateAsync(RefreshTokenFactory.Create().Hash, CancellationToken.None), Is.Null);

    [Test]
    public async Task Marking_used_records_the_time_and_the_successor()
    {
        var token = RefreshTokenFactory.Create();
        var id = await AddAsync(RefreshTokenFactory.NewFamilyId(), token);

        await _sessions.MarkUsedAsync(id, Now.AddMinutes(5), 99, CancellationToken.None);

        var found = (await _sessions.FindByTokenHashForUpdateAsync(token.Hash, CancellationToken.None))!;
        Assert.That(found.UsedAt, Is.EqualTo(Now.AddMinutes(5)));
        Assert.That(found.ReplacedById, Is.EqualTo(99));
        Assert.That(found.StatusAt(Now.AddMinutes(6)), Is.EqualTo(RefreshSessionStatus.Reused));
    }

    [Test]
    public async Task Revoking_a_family_leaves_other_families_and_earlier_revocations_alone()
    {
        var family = RefreshTokenFactory.NewFamilyId();
        var other = RefreshTokenFactory.NewFamilyId();
        var earlier = await AddAsync(family, RefreshTokenFactory.Create());
        await AddAsync(family, RefreshTokenFactory.Create());
        await AddAsync(other, RefreshTokenFactory.Create());
        await _database.ExecuteAsync("UPDATE refresh_sessions SET revoked_at = '2025-03-01' WHERE id = @earlier", new { earlier });

        var revoked = await _sessions.RevokeFamilyAsync(family, Now.AddHours(1), CancellationToken.None);

        Assert.That(revoked, Is.EqualTo(1));
        var rows = await _database.QueryAsync<(string FamilyId, DateTime? RevokedAt)>("SELECT family_id, revoked_at FROM refresh_sessions ORDER BY id");
        Assert.That(rows, Is.EqualTo(new[]
        {
            (family, (DateTime?)new DateTime(2025, 3, 1)),
            (family, (DateTime?)Now.AddHours(1).UtcDateTime),
            (other, (DateTime?)null),
        }));
    }

    [Test]
    public async Task Revoking_all_of_a_user_leaves_other_users_alone()
    {
        var neighbour = await _database.InsertUserAsync("lee@example.com");
        await AddAsync(RefreshTokenFactory.NewFamilyId(), RefreshTokenFactory.Create());
        await AddAsync(RefreshTokenFactory.NewFamilyId(), RefreshTokenFactory.Create());
        await AddAsync(RefreshTokenFactory.NewFamilyId(), RefreshTokenFactory.Create(), neighbour);

        var revoked = await _sessions.RevokeAllOfUserAsync(_userId, Now, CancellationToken.None);

        Assert.That(revoked, Is.EqualTo(2));
        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM refresh_sessions WHERE revoked_at IS NULL AND user_id = @neighbour", new { neighbour }), Is.EqualTo(1));
    }

    [Test]
    public async Task Deleting_a_user_deletes_their_sessions()
    {
        await AddAsync(RefreshTokenFactory.NewFamilyId(), RefreshTokenFactory.Create());

        await _database.ExecuteAsync("DELETE FROM users WHERE id = @_userId", new { _userId });

        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM refresh_sessions"), Is.Zero);
    }
}
