using Hexagon.Application.Errors;
using Hexagon.Application.Identity.TwoFactor.EnableTwoFactor;
using Hexagon.Domain.Identity.TwoFactor;

namespace Hexagon.Application.Tests.Identity;

public sealed class LogInTwoFactorTests
{
    private const string Email = "kim@example.com";
    private const string Password = "correct horse";
    private IdentityHarness _harness = null!;
    private byte[] _secret = null!;

    [SetUp]
    public async Task CreateAccountWithTwoFactorOn()
    {
        _harness = new IdentityHarness();
        var userId = (await _harness.SignedUpAsync(Email, Password)).UserId;
        var setup = (await _harness.SetUpTwoFactor().SetUpAsync(userId, CancellationToken.None)).Value;
        _secret = Base32.Decode(setup.Secret);
        var enabled = await _harness.EnableTwoFactor().EnableAsync(new EnableTwoFactorCommand(userId, Code()), CancellationToken.None);
        Assert.That(enabled.IsSuccess, Is.True);

        // The code that enabled 2FA is used up; the login tests start in the next step.
        _harness.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
    }

    [Test]
    public async Task Once_enabled_login_needs_the_code()
    {
        var sessionsBefore = _harness.Sessions.Sessions.Count;

        var withoutCode = await _harness.LogInAsync(Email, Password, null);
        var blankCode = await _harness.LogInAsync(Email, Password, " ");

        Assert.That(withoutCode.Error, Is.EqualTo(ErrorCatalog.OtpCodeRequired));
        Assert.That(blankCode.Error, Is.EqualTo(ErrorCatalog.OtpCodeRequired));
        Assert.That(_harness.Sessions.Sessions, Has.Count.EqualTo(sessionsBefore), "no session without the second factor");

        var withCode = await _harness.LogInAsync(Email, Password, Code());
        Assert.That(withCode.IsSuccess, Is.True);
    }

    [Test]
    public async Task A_wrong_password_answers_0008_even_with_2fa_on_and_burns_no_code()
    {
        var wrongPassword = await _harness.LogInAsync(Email, "wrong horse", null);
        var wrongPasswordRightCode = await _harness.LogInAsync(Email, "wrong horse", Code());

        Assert.That(wrongPassword.Error, Is.EqualTo(ErrorCatalog.InvalidCredentials), "no hint that 2FA is on");
        Assert.That(wrongPasswordRightCode.Error, Is.EqualTo(ErrorCatalog.InvalidCredentials));
        Assert.That((await _harness.LogInAsync(Email, Password, Code())).IsSuccess, Is.True, "the code was not used up");
    }

    [Test]
    public async Task A_code_logs_in_once()
    {
        var first = await _harness.LogInAsync(Email, Password, Code());
        var replay = await _harness.LogInAsync(Email, Password, Code());

        Assert.That(first.IsSuccess, Is.True);
        Assert.That(replay.Error, Is.EqualTo(ErrorCatalog.OtpCodeInvalid));

        _harness.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        Assert.That((await _harness.LogInAsync(Email, Password, Code())).IsSuccess, Is.True, "the next step's code works");
    }

    [Test]
    public async Task An_older_code_is_refused_after_a_newer_one_was_used()
    {
        // Two steps past the enabling code, so the previous step's code is unused and still inside the window.
        _harness.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var previous = Totp.CodeAt(_secret, Totp.StepAt(_harness.Clock.GetUtcNow()) - 1);
        await _harness.LogInAsync(Email, Password, Code());

        var older = await _harness.LogInAsync(Email, Password, previous);

        Assert.That(older.Error, Is.EqualTo(ErrorCatalog.OtpCodeInvalid));
    }

    [TestCase("000000x")]
    [TestCase("12345")]
    [TestCase("abcdef")]
    public async Task A_malformed_code_is_a_wrong_code(string code)
    {
        var result = await _harness.LogInAsync(Email, Password, code);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.OtpCodeInvalid));
    }

    private string Code() => Totp.CodeAt(_secret, Totp.StepAt(_harness.Clock.GetUtcNow()));
}
