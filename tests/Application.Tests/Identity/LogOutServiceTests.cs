using Hexagon.Application.Errors;
using Hexagon.Application.Identity;
using Hexagon.Application.Identity.LogOutEverywhere;
using Hexagon.Application.Identity.Ports;
using NSubstitute;

namespace Hexagon.Application.Tests.Identity;

public sealed class LogOutServiceTests
{
    private IdentityHarness _harness = null!;
    private AuthTokens _phone = null!;
    private AuthTokens _tablet = null!;

    [SetUp]
    public async Task CreateHarnessWithTwoLogins()
    {
        _harness = new IdentityHarness();
        _phone = await _harness.SignedUpAsync("kim@example.com", "correct horse");
        _tablet = (await _harness.LogInAsync("kim@example.com", "correct horse")).Value;
        _harness.Clock.Advance(TimeSpan.FromMinutes(10));
    }

    [Test]
    public async Task Logging_out_ends_that_session_only()
    {
        var result = await _harness.LogOutAsync(_phone.RefreshToken);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(_harness.SessionOf(_phone.RefreshToken).RevokedAt, Is.EqualTo(_harness.Clock.GetUtcNow()));
        Assert.That((await _harness.RefreshAsync(_phone.RefreshToken)).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
        Assert.That((await _harness.RefreshAsync(_tablet.RefreshToken)).IsSuccess, Is.True);
    }

    [Test]
    public async Task Logging_out_twice_or_with_an_unknown_token_succeeds_and_changes_nothing_more()
    {
        await _harness.LogOutAsync(_phone.RefreshToken);
        var revokedAt = _harness.SessionOf(_phone.RefreshToken).RevokedAt;
        _harness.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.That((await _harness.LogOutAsync(_phone.RefreshToken)).IsSuccess, Is.True);
        Assert.That((await _harness.LogOutAsync("never-issued")).IsSuccess, Is.True);
        Assert.That(_harness.SessionOf(_phone.RefreshToken).RevokedAt, Is.EqualTo(revokedAt));
    }

    [Test]
    public async Task Logging_out_with_an_older_token_of_the_login_also_ends_its_current_token()
    {
        var rotated = (await _harness.RefreshAsync(_phone.RefreshToken)).Value;

        await _harness.LogOutAsync(_phone.RefreshToken);

        Assert.That((await _harness.RefreshAsync(rotated.RefreshToken)).Error, Is.EqualTo(ErrorCatalog.RefreshTokenUnauthorized));
    }

    [Test]
    public async Task Logging_out_everywhere_ends_every_session_of_the_user_and_no_one_elses()
    {
        var neighbour = await _harness.SignedUpAsync("lee@example.com", "another horse");
        var service = new LogOutEverywhereService(_harness.Sessions, _harness.Clock);

        var result = await service.LogOutEverywhereAsync(_phone.UserId, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That((await _harness.RefreshAsync(_phone.RefreshToken)).IsSuccess, Is.False);
        Assert.That((await _harness.RefreshAsync(_tablet.RefreshToken)).IsSuccess, Is.False);
        Assert.That((await _harness.RefreshAsync(neighbour.RefreshToken)).IsSuccess, Is.True);
    }

    [Test]
    public async Task Logging_out_everywhere_revokes_as_of_now()
    {
        var sessions = Substitute.For<IRefreshSessionRepository>();

        await new LogOutEverywhereService(sessions, _harness.Clock).LogOutEverywhereAsync(42, CancellationToken.None);

        await sessions.Received(1).RevokeAllOfUserAsync(42, _harness.Clock.GetUtcNow(), Arg.Any<CancellationToken>());
    }
}
