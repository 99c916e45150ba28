using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Domain.Identity;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Identity.Persistence;

public sealed class MySqlDeviceTokenRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DeviceToken Token = DeviceToken.Create("fcm:APA91bH-" + new string('x', 480)).Value;

    private ThrowawayDatabase _database = null!;
    private DbSession _session = null!;
    private MySqlDeviceTokenRepository _tokens = null!;
    private long _kim;
    private long _lee;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("identity_devices");
        _session = new DbSession(_database.ConnectionFactory());
        _tokens = new MySqlDeviceTokenRepository(_session);
        _kim = await _database.InsertUserAsync("kim@example.com");
        _lee = await _database.InsertUserAsync("lee@example.com");
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _session.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Task<List<(string Token, long UserId, string Platform, DateTime CreatedAt, DateTime UpdatedAt)>> RowsAsync() =>
        _database.QueryAsync<(string, long, string, DateTime, DateTime)>("SELECT token, user_id, platform, created_at, updated_at FROM device_tokens");

    [Test]
    public async Task Registers_a_token_for_a_user()
    {
        Assert.That(await _tokens.UpsertAsync(_kim, Token, DevicePlatform.Android, Now, CancellationToken.None), Is.True);

        Assert.That(await RowsAsync(), Is.EqualTo(new[] { (Token.Value, _kim, "android", Now.UtcDateTime, Now.UtcDateTime) }));
    }

    [Test]
    public async Task Registering_a_known_token_moves_it_to_the_new_user_and_keeps_when_it_was_first_seen()
    {
        await _tokens.UpsertAsync(_kim, Token, DevicePlatform.Android, Now, CancellationToken.None);

        await _tokens.UpsertAsync(_lee, Token, DevicePlatform.Ios, Now.AddDays(1), CancellationToken.None);

        Assert.That(await RowsAsync(), Is.EqualTo(new[] { (Token.Value, _lee, "ios", Now.UtcDateTime, Now.AddDays(1).UtcDateTime) }));
    }

    [Test]
    public async Task Tokens_differing_only_in_case_are_different_tokens()
    {
        await _tokens.UpsertAsync(_kim, DeviceToken.Create("abcDEF").Value, DevicePlatform.Android, Now, CancellationToken.None);
        await _tokens.UpsertAsync(_lee, DeviceToken.Create("ABCdef").Value, DevicePlatform.Android, Now, CancellationToken.None);

        Assert.That(await RowsAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_user_that_does_not_exist_is_reported_not_thrown()
    {
        Assert.That(await _tokens.UpsertAsync(987654, Token, DevicePlatform.Ios, Now, CancellationToken.None), Is.False);
        Assert.That(await RowsAsync(), Is.Empty);
    }

    [Test]
    public async Task Removing_deletes_only_the_owners_token()
    {
        var kims = DeviceToken.Create("kims-phone").Value;
        var lees = DeviceToken.Create("lees-phone").Value;
        await _tokens.UpsertAsync(_kim, kims, DevicePlatform.Android, Now, CancellationToken.None);
        await _tokens.UpsertAsync(_lee, lees, DevicePlatform.Ios, Now, CancellationToken.None);

        var removedOthers = await _tokens.RemoveAsync(_kim, lees, CancellationToken.None);
        var removedOwn = await _tokens.RemoveAsync(_kim, kims, CancellationToken.None);
        var removedAgain = await _tokens.RemoveAsync(_kim, kims, CancellationToken.None);

        Assert.That((removedOthers, removedOwn, removedAgain), Is.EqualTo((false, true, false)));
        Assert.That((await RowsAsync()).Select(row => row.Token), Is.EqualTo(new[] { "lees-phone" }));
    }
}
