using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Identity.SignUp;
using Hexagon.Application.Tests.Identity.Fakes;
using Hexagon.Domain.Identity;
using NSubstitute;

namespace Hexagon.Application.Tests.Identity;

public sealed class SignUpServiceTests
{
    private IdentityHarness _harness = null!;

    [SetUp]
    public void CreateHarness() => _harness = new IdentityHarness();

    [Test]
    public async Task Creates_a_customer_with_a_hashed_password_and_a_first_session()
    {
        var result = await _harness.SignUp().SignUpAsync(
            new SignUpCommand(" Kim@Example.COM ", "correct horse", " 민지 ", "device-1", "HexagonApp/1.0"), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        var user = _harness.Users.Single("kim@example.com");
        Assert.That(user.Nickname, Is.EqualTo("민지"));
        Assert.That(user.Role, Is.SameAs(Role.Customer));
        Assert.That(user.PasswordHash, Does.Not.Contain("correct horse"));
        Assert.That((await _harness.Hasher.VerifyAsync("correct horse", user.PasswordHash, CancellationToken.None)).Matches, Is.True);

        var tokens = result.Value;
        Assert.That(tokens.UserId, Is.EqualTo(user.Id));
        Assert.That(tokens.AccessToken, Is.EqualTo($"access:{user.Id}:CUSTOMER:1"));
        Assert.That(tokens.AccessTokenExpiresInSeconds, Is.EqualTo(30 * 60));
        Assert.That(tokens.RefreshTokenExpiresInSeconds, Is.EqualTo(14 * 24 * 60 * 60));

        var session = _harness.SessionOf(tokens.RefreshToken);
        Assert.That(session.UserId, Is.EqualTo(user.Id));
        Assert.That(session.DeviceId, Is.EqualTo("device-1"));
        Assert.That(session.UserAgent, Is.EqualTo("HexagonApp/1.0"));
        Assert.That(session.ExpiresAt, Is.EqualTo(IdentityHarness.Start.AddDays(14)));
    }

    [Test]
    public async Task Lists_every_bad_field_at_once_and_stores_nothing()
    {
        var hasher = Substitute.For<IPasswordHasher>();
        var service = new SignUpService(_harness.Users, _harness.Sessions, hasher, _harness.AccessTokens, _harness.UnitOfWork, IdentityHarness.Lifetimes, _harness.Clock);

        var result = await service.SignUpAsync(new SignUpCommand("not-an-email", "short", "김", new string('d', 256), null), CancellationToken.None);

        Assert.That(result.Error!.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
        Assert.That(result.Error.FieldErrors!.Keys, Is.EquivalentTo(new[] { "email", "password", "nickname", "deviceId" }));
        Assert.That(result.Error.FieldErrors["email"], Is.EqualTo(new[] { IdentityErrors.EmailMalformed.Message }));
        await hasher.DidNotReceiveWithAnyArgs().HashAsync(default!, default);
        Assert.That(_harness.Users.Users, Is.Empty);
        Assert.That(_harness.Sessions.Sessions, Is.Empty);
    }

    [Test]
    public async Task Refuses_the_email_as_the_password()
    {
        var result = await _harness.SignUp().SignUpAsync(new SignUpCommand("kim@example.com", "KIM@example.com", "민지", null, null), CancellationToken.None);

        Assert.That(result.Error!.FieldErrors, Is.EqualTo(new Dictionary<string, string[]> { ["password"] = [IdentityErrors.PasswordSameAsEmail.Message] }));
    }

    [Test]
    public async Task A_taken_email_answers_409_whatever_its_case_and_leaves_no_session()
    {
        await _harness.SignedUpAsync("kim@example.com");

        var result = await _harness.SignUp().SignUpAsync(new SignUpCommand("KIM@example.com", "another password", "다른사람", null, null), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.EmailTaken));
        Assert.That(_harness.Users.Users, Has.Count.EqualTo(1));
        Assert.That(_harness.Sessions.Sessions, Has.Count.EqualTo(1));
        Assert.That(_harness.UnitOfWork.Rollbacks, Is.EqualTo(1));
    }

    [Test]
    public async Task Hashes_before_the_transaction_so_no_lock_waits_on_it()
    {
        await _harness.SignedUpAsync();

        Assert.That(_harness.Hasher.Hashes, Is.EqualTo(1));
        Assert.That(_harness.Hasher.CallsInsideTransaction, Is.Zero);
    }

    [Test]
    public async Task Every_sign_up_starts_its_own_family_with_its_own_token()
    {
        var first = await _harness.SignedUpAsync("a@example.com");
        var second = await _harness.SignedUpAsync("b@example.com");

        Assert.That(first.RefreshToken, Is.Not.EqualTo(second.RefreshToken));
        Assert.That(_harness.SessionOf(first.RefreshToken).FamilyId, Is.Not.EqualTo(_harness.SessionOf(second.RefreshToken).FamilyId));
    }
}
