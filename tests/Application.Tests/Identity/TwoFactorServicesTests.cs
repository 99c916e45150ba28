using Hexagon.Application.Errors;
using Hexagon.Application.Identity.TwoFactor.DisableTwoFactor;
using Hexagon.Application.Identity.TwoFactor.EnableTwoFactor;
using Hexagon.Domain.Identity.TwoFactor;

namespace Hexagon.Application.Tests.Identity;

public sealed class TwoFactorServicesTests
{
    private IdentityHarness _harness = null!;
    private long _userId;

    [SetUp]
    public async Task CreateHarnessWithAnAccount()
    {
        _harness = new IdentityHarness();
        _userId = (await _harness.SignedUpAsync("kim@example.com")).UserId;
    }

    [Test]
    public async Task Setup_hands_out_a_pending_secret_stored_protected_and_an_otpauth_uri()
    {
        var setup = (await _harness.SetUpTwoFactor().SetUpAsync(_userId, CancellationToken.None)).Value;

        Assert.That(Base32.Decode(setup.Secret), Has.Length.EqualTo(20));
        Assert.That(setup.OtpauthUri, Is.EqualTo(
            $"otpauth://totp/Hexagon:kim@example.com?secret={setup.Secret}&issuer=Hexagon&algorithm=SHA1&digits=6&period=30"));
        var stored = (await _harness.TwoFactor.FindAsync(_userId, CancellationToken.None))!;
        Assert.That(stored.IsEnabled, Is.False, "pending until a code confirms it");
        Assert.That(_harness.Protector.Unprotect(stored.PendingSecret!, _userId), Is.EqualTo(Base32.Decode(setup.Secret)));
        Assert.That(stored.PendingSecret, Is.Not.EqualTo(Base32.Decode(setup.Secret)), "never stored in the clear");
    }

    [Test]
    public async Task Enable_refuses_a_wrong_code_and_accepts_the_current_one()
    {
        var secret = await SetUpAsync();

        var wrong = await EnableAsync(WrongCode(secret));
        Assert.That(wrong.Error, Is.EqualTo(ErrorCatalog.TwoFactorCodeInvalid));
        Assert.That((await _harness.TwoFactor.FindAsync(_userId, CancellationToken.None))!.IsEnabled, Is.False);

        var right = await EnableAsync(CurrentCode(secret));
        Assert.That(right.IsSuccess, Is.True);
        Assert.That((await _harness.TwoFactor.FindAsync(_userId, CancellationToken.None))!.IsEnabled, Is.True);
    }

    [Test]
    public async Task Enable_without_setup_and_setup_while_enabled_are_conflicts()
    {
        Assert.That((await EnableAsync("123456")).Error, Is.EqualTo(ErrorCatalog.TwoFactorNotSetUp));

        var secret = await SetUpAsync();
        await EnableAsync(CurrentCode(secret));

        var again = await _harness.SetUpTwoFactor().SetUpAsync(_userId, CancellationToken.None);
        Assert.That(again.Error, Is.EqualTo(ErrorCatalog.TwoFactorAlreadyEnabled), "replacing the secret goes through disable");
    }

    [Test]
    public async Task Disable_needs_a_fresh_valid_code()
    {
        var secret = await SetUpAsync();
        await EnableAsync(CurrentCode(secret));

        Assert.That((await DisableAsync(null)).Error, Is.EqualTo(ErrorCatalog.TwoFactorCodeInvalid));
        Assert.That((await DisableAsync(WrongCode(secret))).Error, Is.EqualTo(ErrorCatalog.TwoFactorCodeInvalid));
        Assert.That((await DisableAsync(CurrentCode(secret))).Error, Is.EqualTo(ErrorCatalog.TwoFactorCodeInvalid),
            "the code that enabled it is used up");

        _harness.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        Assert.That((await DisableAsync(CurrentCode(secret))).IsSuccess, Is.True);
        Assert.That((await _harness.TwoFactor.FindAsync(_userId, CancellationToken.None))!.IsEnabled, Is.False);
        Assert.That((await DisableAsync(CurrentCode(secret))).Error, Is.EqualTo(ErrorCatalog.TwoFactorNotEnabled));
    }

    [Test]
    public async Task A_secret_that_does_not_decrypt_for_this_user_is_a_fault_not_a_wrong_code()
    {
        await SetUpAsync();
        var other = (await _harness.SignedUpAsync("lee@example.com")).UserId;
        var pending = (await _harness.TwoFactor.FindAsync(_userId, CancellationToken.None))!.PendingSecret!;
        await _harness.TwoFactor.SetPendingSecretAsync(other, pending, _harness.Clock.GetUtcNow(), CancellationToken.None);

        Assert.ThrowsAsync<InvalidOperationException>(() =>
            _harness.EnableTwoFactor().EnableAsync(new EnableTwoFactorCommand(other, "123456"), CancellationToken.None));
    }

    private async Task<byte[]> SetUpAsync() =>
        Base32.Decode((await _harness.SetUpTwoFactor().SetUpAsync(_userId, CancellationToken.None)).Value.Secret);

    private Task<Domain.Common.Result> EnableAsync(string? code) =>
        _harness.EnableTwoFactor().EnableAsync(new EnableTwoFactorCommand(_userId, code), CancellationToken.None);

    private Task<Domain.Common.Result> DisableAsync(string? code) =>
        _harness.DisableTwoFactor().DisableAsync(new DisableTwoFactorCommand(_userId, code), CancellationToken.None);

    private string CurrentCode(byte[] secret) => Totp.CodeAt(secret, Totp.StepAt(_harness.Clock.GetUtcNow()));

    /// <summary>A code that matches no step of the window (a neighbour's code would be accepted, by design).</summary>
    private string WrongCode(byte[] secret)
    {
        var now = Totp.StepAt(_harness.Clock.GetUtcNow());
        var window = Enumerable.Range(-1, 3).Select(offset => Totp.CodeAt(secret, now + offset)).ToHashSet();
        return Enumerable.Range(0, 10).Select(digit => new string((char)('0' + digit), 6)).First(code => !window.Contains(code));
    }
}
