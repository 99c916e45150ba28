using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Domain.Identity;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Identity.Persistence;

/// <summary>The totp_* columns of migration 0005 and the conditional writes that make a code good once.</summary>
public sealed class MySqlTwoFactorRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, 123, 456, TimeSpan.Zero);
    private static readonly byte[] Pending = [.. Enumerable.Range(1, 48).Select(value => (byte)value)];

    private ThrowawayDatabase _database = null!;
    private DbSession _session = null!;
    private MySqlTwoFactorRepository _twoFactor = null!;
    private long _userId;

    [SetUp]
    public async Task CreateDatabaseWithAUser()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("identity_two_factor");
        _session = new DbSession(_database.ConnectionFactory());
        _twoFactor = new MySqlTwoFactorRepository(_session);
        var user = User.Register(EmailAddress.Create("kim@example.com").Value, "hash", Nickname.Create("민지").Value, Role.Customer, Now);
        _userId = (await new MySqlUserRepository(_session).TryAddAsync(user, CancellationToken.None))!.Value;
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _session.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task A_new_user_has_nothing_and_an_unknown_user_is_null()
    {
        var state = await _twoFactor.FindAsync(_userId, CancellationToken.None);

        Assert.That(state, Is.EqualTo(new Application.Identity.Ports.TwoFactorSecrets(null, null, null)));
        Assert.That(await _twoFactor.FindAsync(_userId + 1, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Enable_promotes_the_pending_secret_it_was_shown_and_records_the_step()
    {
        await _twoFactor.SetPendingSecretAsync(_userId, Pending, Now, CancellationToken.None);

        Assert.That(await _twoFactor.TryEnableAsync(_userId, [.. Pending.Reverse()], 100, Now, CancellationToken.None), Is.False,
            "a newer setup replaced the secret the code was checked against");
        Assert.That(await _twoFactor.TryEnableAsync(_userId, Pending, 100, Now, CancellationToken.None), Is.True);

        var state = (await _twoFactor.FindAsync(_userId, CancellationToken.None))!;
        Assert.That(state.Secret, Is.EqualTo(Pending));
        Assert.That(state.PendingSecret, Is.Null);
        Assert.That(state.EnabledAt, Is.EqualTo(Now));
        Assert.That(await _twoFactor.TryUseStepAsync(_userId, 100, CancellationToken.None), Is.False, "the enabling code is used up");
    }

    [Test]
    public async Task A_step_is_accepted_once_and_never_an_earlier_one_after_it()
    {
        Assert.That(await _twoFactor.TryUseStepAsync(_userId, 100, CancellationToken.None), Is.True);
        Assert.That(await _twoFactor.TryUseStepAsync(_userId, 100, CancellationToken.None), Is.False);
        Assert.That(await _twoFactor.TryUseStepAsync(_userId, 99, CancellationToken.None), Is.False);
        Assert.That(await _twoFactor.TryUseStepAsync(_userId, 101, CancellationToken.None), Is.True);
    }

    [Test]
    public async Task Disable_clears_the_secrets_but_keeps_the_used_step()
    {
        await _twoFactor.SetPendingSecretAsync(_userId, Pending, Now, CancellationToken.None);
        await _twoFactor.TryEnableAsync(_userId, Pending, 100, Now, CancellationToken.None);

        Assert.That(await _twoFactor.TryDisableAsync(_userId, 100, Now, CancellationToken.None), Is.False, "a used step");
        Assert.That(await _twoFactor.TryDisableAsync(_userId, 101, Now, CancellationToken.None), Is.True);
        Assert.That(await _twoFactor.TryDisableAsync(_userId, 102, Now, CancellationToken.None), Is.False, "already off");

        Assert.That(await _twoFactor.FindAsync(_userId, CancellationToken.None), Is.EqualTo(new Application.Identity.Ports.TwoFactorSecrets(null, null, null)));
        Assert.That(await _twoFactor.TryUseStepAsync(_userId, 101, CancellationToken.None), Is.False);
    }
}
