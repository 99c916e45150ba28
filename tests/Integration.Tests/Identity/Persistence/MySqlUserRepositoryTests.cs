using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Domain.Identity;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Identity.Persistence;

public sealed class MySqlUserRepositoryTests
{
    // DATETIME(6) keeps microseconds; a tick-precise DateTimeOffset would not survive the round trip exactly.
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, 123, 456, TimeSpan.Zero);

    private ThrowawayDatabase _database = null!;
    private DbSession _session = null!;
    private MySqlUserRepository _users = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("identity_users");
        _session = new DbSession(_database.ConnectionFactory());
        _users = new MySqlUserRepository(_session);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _session.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static User NewUser(string email, Role? role = null) =>
        User.Register(EmailAddress.Create(email).Value, "hash-of-" + email, Nickname.Create("민지😀").Value, role ?? Role.Customer, Now);

    [Test]
    public async Task A_new_user_reads_back_by_id_and_by_email_with_everything_it_was_given()
    {
        var id = await _users.TryAddAsync(NewUser("kim@example.com"), CancellationToken.None);

        var byId = await _users.FindByIdAsync(id!.Value, CancellationToken.None);
        var byEmail = await _users.FindByEmailAsync(EmailAddress.Create("KIM@example.com").Value, CancellationToken.None);

        Assert.That(byId, Is.Not.Null);
        Assert.That(byEmail!.Id, Is.EqualTo(id));
        Assert.That(byId!.Email, Is.EqualTo("kim@example.com"));
        Assert.That(byId.PasswordHash, Is.EqualTo("hash-of-kim@example.com"));
        Assert.That(byId.Nickname, Is.EqualTo("민지😀"));
        Assert.That(byId.Role, Is.SameAs(Role.Customer));
        Assert.That(byId.PointBalance, Is.Zero);
        Assert.That(byId.CreatedAt, Is.EqualTo(Now));
        Assert.That(byId.UpdatedAt, Is.EqualTo(Now));
        Assert.That(byId.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task Unknown_ids_and_emails_are_null()
    {
        Assert.That(await _users.FindByIdAsync(12345, CancellationToken.None), Is.Null);
        Assert.That(await _users.FindByEmailAsync(EmailAddress.Create("nobody@example.com").Value, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task A_taken_email_is_reported_as_taken_by_the_unique_key()
    {
        var first = await _users.TryAddAsync(NewUser("kim@example.com"), CancellationToken.None);

        var second = await _users.TryAddAsync(NewUser("kim@example.com", Role.Admin), CancellationToken.None);

        Assert.That(first, Is.Not.Null);
        Assert.That(second, Is.Null);
        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM users"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_taken_email_inside_a_transaction_leaves_the_transaction_usable()
    {
        await _users.TryAddAsync(NewUser("kim@example.com"), CancellationToken.None);
        var unitOfWork = new MySqlUnitOfWork(_session, new TransientRetryPolicy(0, TimeSpan.Zero, TimeSpan.Zero), Microsoft.Extensions.Logging.Abstractions.NullLogger<MySqlUnitOfWork>.Instance);

        var ids = await unitOfWork.ExecuteAsync(async ct =>
        {
            var taken = await _users.TryAddAsync(NewUser("kim@example.com"), ct);
            var other = await _users.TryAddAsync(NewUser("lee@example.com"), ct);
            return (taken, other);
        }, CancellationToken.None);

        Assert.That(ids.taken, Is.Null);
        Assert.That(ids.other, Is.Not.Null);
        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM users"), Is.EqualTo(2));
    }

    [Test]
    public async Task Emails_are_compared_exactly_so_an_accented_address_is_another_mailbox()
    {
        Assert.That(await _users.TryAddAsync(NewUser("jose@example.com"), CancellationToken.None), Is.Not.Null);
        Assert.That(await _users.TryAddAsync(NewUser("josé@example.com"), CancellationToken.None), Is.Not.Null);
    }

    [Test]
    public async Task Updates_change_only_their_column_and_the_update_time()
    {
        var id = (await _users.TryAddAsync(NewUser("kim@example.com"), CancellationToken.None))!.Value;
        await _database.ExecuteAsync("UPDATE users SET point_balance = 500 WHERE id = @id", new { id });

        await _users.UpdatePasswordHashAsync(id, "new-hash", Now.AddHours(1), CancellationToken.None);
        await _users.UpdateRoleAsync(id, Role.Admin, Now.AddHours(2), CancellationToken.None);

        var user = (await _users.FindByIdAsync(id, CancellationToken.None))!;
        Assert.That(user.PasswordHash, Is.EqualTo("new-hash"));
        Assert.That(user.Role, Is.SameAs(Role.Admin));
        Assert.That(user.PointBalance, Is.EqualTo(500), "a point balance changed meanwhile survives");
        Assert.That(user.UpdatedAt, Is.EqualTo(Now.AddHours(2)));
        Assert.That(user.CreatedAt, Is.EqualTo(Now));
    }
}
