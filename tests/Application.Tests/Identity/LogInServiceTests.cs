using Hexagon.Application.Errors;
using Hexagon.Application.Identity.LogIn;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Identity;

public sealed class LogInServiceTests
{
    private IdentityHarness _harness = null!;

    [SetUp]
    public async Task CreateHarnessWithAnAccount()
    {
        _harness = new IdentityHarness();
        await _harness.SignedUpAsync("kim@example.com", "correct horse");
    }

    [Test]
    public async Task The_right_password_starts_a_new_session_family()
    {
        var signUpFamily = _harness.Sessions.Sessions.Single().FamilyId;

        var result = await _harness.LogInAsync(" KIM@example.com", "correct horse");

        Assert.That(result.IsSuccess, Is.True);
        var user = _harness.Users.Single("kim@example.com");
        Assert.That(result.Value.UserId, Is.EqualTo(user.Id));
        Assert.That(result.Value.AccessToken, Does.StartWith($"access:{user.Id}:CUSTOMER:"));
        var session = _harness.SessionOf(result.Value.RefreshToken);
        Assert.That(session.FamilyId, Is.Not.EqualTo(signUpFamily));
        Assert.That(session.DeviceId, Is.EqualTo("device-2"));
    }

    [Test]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer_after_the_same_work()
    {
        var wrongPassword = await _harness.LogInAsync("kim@example.com", "wrong horse");
        var verifiesAfterWrongPassword = _harness.Hasher.VerifiedAgainst.Count;
        var unknownEmail = await _harness.LogInAsync("nobody@example.com", "correct horse");

        Assert.That(wrongPassword.Error, Is.EqualTo(ErrorCatalog.InvalidCredentials));
        Assert.That(unknownEmail.Error, Is.EqualTo(wrongPassword.Error));
        Assert.That(verifiesAfterWrongPassword, Is.EqualTo(1));
        Assert.That(_harness.Hasher.VerifiedAgainst, Has.Count.EqualTo(2), "an unknown email still costs one verify");
        var dummy = _harness.Hasher.VerifiedAgainst[1];
        Assert.That(dummy, Does.StartWith("fake$v1$"), "verified against a real hash");
        Assert.That(dummy, Is.Not.EqualTo(_harness.Users.Single("kim@example.com").PasswordHash));
        Assert.That(_harness.Sessions.Sessions, Has.Count.EqualTo(1), "no session for either");
    }

    [Test]
    public async Task The_dummy_hash_is_made_once_and_reused()
    {
        var hashesBefore = _harness.Hasher.Hashes;

        await _harness.LogInAsync("nobody@example.com", "whatever1");
        await _harness.LogInAsync("somebody@example.com", "whatever2");
        await _harness.LogIn().LogInAsync(new LogInCommand("not an email", "whatever3", null, null, null), CancellationToken.None);

        Assert.That(_harness.Hasher.Hashes - hashesBefore, Is.EqualTo(1));
        Assert.That(_harness.Hasher.VerifiedAgainst.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_password_longer_than_any_account_can_have_is_refused_without_hashing()
    {
        var result = await _harness.LogInAsync("kim@example.com", new string('x', PasswordPolicy.MaxLength + 1));

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.InvalidCredentials));
        Assert.That(_harness.Hasher.VerifiedAgainst, Is.Empty);
    }

    [Test]
    public async Task A_hash_made_with_old_parameters_is_replaced_after_a_successful_login()
    {
        var oldHash = _harness.Users.Single("kim@example.com").PasswordHash;
        _harness.Hasher.Version = 2;
        _harness.Clock.Advance(TimeSpan.FromHours(1));

        var result = await _harness.LogInAsync("kim@example.com", "correct horse");

        var user = _harness.Users.Single("kim@example.com");
        Assert.That(result.IsSuccess, Is.True);
        Assert.That(user.PasswordHash, Is.Not.EqualTo(oldHash).And.StartWith("fake$v2$"));
        Assert.That(user.UpdatedAt, Is.EqualTo(IdentityHarness.Start.AddHours(1)));
        Assert.That((await _harness.LogInAsync("kim@example.com", "correct horse")).IsSuccess, Is.True);
        Assert.That(_harness.Hasher.CallsInsideTransaction, Is.Zero);
    }

    [Test]
    public async Task A_current_hash_is_left_alone()
    {
        var hash = _harness.Users.Single("kim@example.com").PasswordHash;

        await _harness.LogInAsync("kim@example.com", "correct horse");

        Assert.That(_harness.Users.Single("kim@example.com").PasswordHash, Is.EqualTo(hash));
        Assert.That(_harness.Hasher.Hashes, Is.EqualTo(1), "only the sign-up hashed");
    }

    [Test]
    public async Task A_wrong_password_does_not_rehash_even_with_old_parameters()
    {
        var hash = _harness.Users.Single("kim@example.com").PasswordHash;
        _harness.Hasher.Version = 2;

        await _harness.LogInAsync("kim@example.com", "wrong horse");

        Assert.That(_harness.Users.Single("kim@example.com").PasswordHash, Is.EqualTo(hash));
    }

    [Test]
    public async Task A_device_id_longer_than_the_column_is_a_field_error()
    {
        var result = await _harness.LogIn().LogInAsync(new LogInCommand("kim@example.com", "correct horse", new string('d', 256), null, null), CancellationToken.None);

        Assert.That(result.Error!.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
        Assert.That(result.Error.FieldErrors!.Keys, Is.EqualTo(new[] { "deviceId" }));
    }
}
