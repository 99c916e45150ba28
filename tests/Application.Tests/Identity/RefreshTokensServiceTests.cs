using Hexagon.Application.Errors;
using Hexagon.Application.Identity;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Identity;

public sealed class RefreshTokensServiceTests
{
    private IdentityHarness _harness = null!;
    private AuthTokens _signedUp = null!;

    [SetUp]
    public async Task CreateHarnessWithASession()
    {
        _harness = new IdentityHarness();
        _signedUp = await _harness.SignedUpAsync();
        _harness.Clock.Advance(TimeSpan.FromHours(1));
    }

    [Test]
    public async Task Rotation_uses_the_token_up_and_continues_the_family()
    {
        var result = await _harness.RefreshAsync(_signedUp.RefreshToken);

        Assert.That(result.IsSuccess, Is.True);
        var tokens = result.Value;
        Assert.That(tokens.UserId, Is.EqualTo(_signedUp.UserId));
        Assert.That(tokens.RefreshToken, Is.Not.EqualTo(_signedUp.RefreshToken));
        Assert.That(tokens.AccessToken, Is.Not.EqualTo(_signedUp.AccessToken));

        var old = _harness.SessionOf(_signedUp.RefreshToken);
        var successor = _harness.SessionOf(tokens.RefreshToken);
        Assert.That(old.UsedAt, Is.EqualTo(_harness.Clock.GetUtcNow()));
        Assert.That(old.ReplacedById, Is.EqualTo(successor.Id));
        Assert.That(old.RevokedAt, Is.Null);
        Assert.That(successor.FamilyId, Is.EqualTo(old.FamilyId));
        Assert.That(successor.DeviceId, Is.EqualTo("device-1"));
        Assert.That(successor.ExpiresAt, Is.EqualTo(_harness.Clock.GetUtcNow().AddDays(14)));
    }

    [Test]
    public async Task The_new_token_rotates_again()
    {
        var second = (await _harness.RefreshAsync(_signedUp.RefreshToken)).Value;

        var third = await _harness.RefreshAsync(second.RefreshToken);

        Assert.That(third.IsSuccess, Is.True);
        Assert.That(_harness.Sessions.Sessions, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_used_token_presented_again_revokes_the_whole_family_and_commits_that()
    {
        var rotated = (await _harness.RefreshAsync(_signedUp.RefreshToken)).Value;
        var otherDevice = (await _harness.LogInAsync("kim@example.com", "correct horse")).Value;
        _harness.Clock.Advance(TimeSpan.FromMinutes(5));

        var replay = await _harness.RefreshAsync(_signedUp.RefreshToken);

        Assert.That(replay.Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
        var family = _harness.Sessions.Family(_harness.SessionOf(_signedUp.RefreshToken).FamilyId).ToList();
        Assert.That(family, Has.Count.EqualTo(2));
        Assert.That(family.Select(session => session.RevokedAt), Is.All.EqualTo(_harness.Clock.GetUtcNow()));
        Assert.That(_harness.UnitOfWork.Rollbacks, Is.Zero, "the revocation must be committed, not rolled back with the refusal");
        Assert.That((await _harness.RefreshAsync(rotated.RefreshToken)).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized), "the thief's (or owner's) live token ends too");
        Assert.That((await _harness.RefreshAsync(otherDevice.RefreshToken)).IsSuccess, Is.True, "another login's family is not touched");
    }

    [Test]
    public async Task An_expired_token_is_refused_and_nothing_changes()
    {
        _harness.Clock.Advance(TimeSpan.FromDays(14));

        var result = await _harness.RefreshAsync(_signedUp.RefreshToken);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
        var session = _harness.SessionOf(_signedUp.RefreshToken);
        Assert.That(session.UsedAt, Is.Null);
        Assert.That(session.RevokedAt, Is.Null);
        Assert.That(_harness.Sessions.Sessions, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_revoked_token_is_refused()
    {
        await _harness.LogOutAsync(_signedUp.RefreshToken);

        Assert.That((await _harness.RefreshAsync(_signedUp.RefreshToken)).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
    }

    [TestCase("")]
    [TestCase("not-a-token-we-issued")]
    public async Task An_unknown_token_is_refused(string token) =>
        Assert.That((await _harness.RefreshAsync(token)).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));

    [Test]
    public async Task An_access_token_is_not_a_refresh_token() =>
        Assert.That((await _harness.RefreshAsync(_signedUp.AccessToken)).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));

    [Test]
    public async Task A_session_whose_account_is_gone_is_refused()
    {
        _harness.Users.Remove(_signedUp.UserId);

        Assert.That((await _harness.RefreshAsync(_signedUp.RefreshToken)).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
        Assert.That(_harness.Sessions.Sessions, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_new_access_token_carries_the_current_role()
    {
        await _harness.Users.UpdateRoleAsync(_signedUp.UserId, Role.Admin, _harness.Clock.GetUtcNow(), CancellationToken.None);

        var result = await _harness.RefreshAsync(_signedUp.RefreshToken);

        Assert.That(result.Value.AccessToken, Does.StartWith($"access:{_signedUp.UserId}:ADMIN:"));
    }
}
