using Hexagon.Application.Errors;
using Hexagon.Domain.Common;
using Hexagon.Application.Identity;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Identity.Persistence;

/// <summary>
/// Refresh rotation through the real services, unit of work and MariaDB. Each request is its own object graph with
/// its own connection, as two requests on two threads (or two instances) would be.
/// </summary>
public sealed class ConcurrentRefreshTests
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private ThrowawayDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await ThrowawayDatabase.CreateMigratedAsync("identity_race");

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    private async Task<AuthTokens> SignedUpAsync(string email)
    {
        await using var graph = new IdentityGraph(_database, _clock);
        return (await graph.SignUpAsync(email)).Value;
    }

    private async Task<Result<AuthTokens>> RefreshAsync(string refreshToken)
    {
        await using var graph = new IdentityGraph(_database, _clock);
        return await graph.RefreshAsync(refreshToken);
    }

    private Task<List<DateTime?>> FamilyRevocationsAsync(string refreshToken) => _database.QueryAsync<DateTime?>(
        """
        SELECT revoked_at FROM refresh_sessions
        WHERE family_id = (SELECT family_id FROM refresh_sessions WHERE token_hash = @hash) ORDER BY id
        """,
        new { hash = IdentityGraph.HashOf(refreshToken) });

    [Test]
    public async Task Two_refreshes_of_one_token_at_once_are_serialised_one_wins_and_the_family_ends()
    {
        var signedUp = await SignedUpAsync("kim@example.com");
        var lockHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The first request pauses while it holds the row lock, until the second is seen waiting on that lock.
        await using var first = new IdentityGraph(_database, _clock, users => new PausingUserRepository(users, async () =>
        {
            lockHeld.SetResult();
            await WaitUntilAsync(async () => await _database.RunningStatementsAsync("FOR UPDATE") == 1);
        }));
        var firstRefresh = first.RefreshAsync(signedUp.RefreshToken);
        await lockHeld.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var secondRefresh = RefreshAsync(signedUp.RefreshToken);

        var results = await Task.WhenAll(firstRefresh, secondRefresh);

        Assert.That(results[0].IsSuccess, Is.True, "the request holding the lock rotates");
        Assert.That(results[1].Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized), "the waiting one finds the token used");
        var revocations = await FamilyRevocationsAsync(signedUp.RefreshToken);
        Assert.That(revocations, Has.Count.EqualTo(2));
        Assert.That(revocations, Is.All.EqualTo(_clock.Now.UtcDateTime), "a used token presented again ends the whole family");
        Assert.That((await RefreshAsync(results[0].Value.RefreshToken)).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
    }

    [Test]
    public async Task However_two_refreshes_of_one_token_interleave_exactly_one_succeeds()
    {
        for (var round = 0; round < 10; round++)
        {
            var signedUp = await SignedUpAsync($"user{round}@example.com");

            var results = await Task.WhenAll(
                Task.Run(() => RefreshAsync(signedUp.RefreshToken)),
                Task.Run(() => RefreshAsync(signedUp.RefreshToken)));

            Assert.That(results.Count(result => result.IsSuccess), Is.EqualTo(1), $"round {round}");
            Assert.That(results.Single(result => !result.IsSuccess).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
            Assert.That(await FamilyRevocationsAsync(signedUp.RefreshToken), Has.All.Not.Null, $"round {round}");
        }
    }

    [Test]
    public async Task A_replayed_token_commits_the_family_revocation()
    {
        var signedUp = await SignedUpAsync("kim@example.com");
        var rotated = (await RefreshAsync(signedUp.RefreshToken)).Value;
        _clock.Now = _clock.Now.AddMinutes(5);

        var replay = await RefreshAsync(signedUp.RefreshToken);

        Assert.That(replay.Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
        Assert.That(await FamilyRevocationsAsync(signedUp.RefreshToken), Is.EqualTo(new DateTime?[] { _clock.Now.UtcDateTime, _clock.Now.UtcDateTime }));
        Assert.That((await RefreshAsync(rotated.RefreshToken)).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
    }

    [Test]
    public async Task A_rotation_links_the_used_session_to_its_successor()
    {
        var signedUp = await SignedUpAsync("kim@example.com");

        var rotated = (await RefreshAsync(signedUp.RefreshToken)).Value;

        var rows = await _database.QueryAsync<(long Id, DateTime? UsedAt, long? ReplacedById, string DeviceId)>(
            "SELECT id, used_at, replaced_by_id, device_id FROM refresh_sessions ORDER BY id");
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0].UsedAt, Is.EqualTo(_clock.Now.UtcDateTime));
        Assert.That(rows[0].ReplacedById, Is.EqualTo(rows[1].Id));
        Assert.That(rows[1].DeviceId, Is.EqualTo("device-1"));
        Assert.That(rotated.UserId, Is.EqualTo(signedUp.UserId));
    }

    [Test]
    public async Task Two_sign_ups_of_one_email_at_once_give_one_account_and_one_409()
    {
        for (var round = 0; round < 5; round++)
        {
            var email = $"race{round}@example.com";

            var results = await Task.WhenAll(
                Task.Run(async () => { await using var graph = new IdentityGraph(_database, _clock); return await graph.SignUpAsync(email); }),
                Task.Run(async () => { await using var graph = new IdentityGraph(_database, _clock); return await graph.SignUpAsync(email); }));

            Assert.That(results.Count(result => result.IsSuccess), Is.EqualTo(1), $"round {round}");
            Assert.That(results.Single(result => !result.IsSuccess).Error, Is.EqualTo(ErrorCatalog.EmailTaken));
            Assert.That(await _database.ScalarAsync<long>(
                "SELECT COUNT(*) FROM refresh_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = @email", new { email }), Is.EqualTo(1));
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(8);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The competing request never started waiting for the row lock.");
            }

            await Task.Delay(20);
        }
    }
}
