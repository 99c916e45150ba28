using Hexagon.Application.Errors;
using Hexagon.Application.Identity.DeviceTokens;
using Hexagon.Application.Tests.Identity.Fakes;
using Hexagon.Application.Tests.Jobs;

namespace Hexagon.Application.Tests.Identity;

public sealed class DeviceTokenServicesTests
{
    private const string Token = "fcm:APA91bH-token_1";

    private ManualTimeProvider _clock = null!;
    private InMemoryDeviceTokenRepository _tokens = null!;
    private RegisterDeviceTokenService _register = null!;
    private RemoveDeviceTokenService _remove = null!;

    [SetUp]
    public void CreateServices()
    {
        // NUnit runs every test of a fixture on one instance: each test gets a fresh clock and store here.
        _clock = new ManualTimeProvider(IdentityHarness.Start);
        _tokens = new InMemoryDeviceTokenRepository();
        _register = new RegisterDeviceTokenService(_tokens, _clock);
        _remove = new RemoveDeviceTokenService(_tokens);
    }

    [Test]
    public async Task Registers_the_token_for_the_caller()
    {
        var result = await _register.RegisterAsync(new RegisterDeviceTokenCommand(1, Token, "android"), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(_tokens.Tokens[Token], Is.EqualTo(new StoredDeviceToken(1, "android", IdentityHarness.Start, IdentityHarness.Start)));
    }

    [Test]
    public async Task A_token_registered_by_another_account_moves_to_the_caller()
    {
        await _register.RegisterAsync(new RegisterDeviceTokenCommand(1, Token, "android"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(1));

        await _register.RegisterAsync(new RegisterDeviceTokenCommand(2, Token, "ios"), CancellationToken.None);

        Assert.That(_tokens.Tokens, Has.Count.EqualTo(1));
        Assert.That(_tokens.Tokens[Token], Is.EqualTo(new StoredDeviceToken(2, "ios", IdentityHarness.Start, IdentityHarness.Start.AddDays(1))));
    }

    [Test]
    public async Task Lists_a_bad_token_and_a_bad_platform_together()
    {
        var result = await _register.RegisterAsync(new RegisterDeviceTokenCommand(1, "has space", "windows"), CancellationToken.None);

        Assert.That(result.Error!.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
        Assert.That(result.Error.FieldErrors!.Keys, Is.EquivalentTo(new[] { "token", "platform" }));
        Assert.That(_tokens.Tokens, Is.Empty);
    }

    [Test]
    public async Task A_caller_whose_account_is_gone_gets_404()
    {
        _tokens.MissingUsers.Add(9);

        var result = await _register.RegisterAsync(new RegisterDeviceTokenCommand(9, Token, "ios"), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.UserNotFound));
    }

    [Test]
    public async Task Removing_deletes_the_callers_token()
    {
        await _register.RegisterAsync(new RegisterDeviceTokenCommand(1, Token, "android"), CancellationToken.None);

        var result = await _remove.RemoveAsync(new RemoveDeviceTokenCommand(1, Token), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(_tokens.Tokens, Is.Empty);
    }

    [Test]
    public async Task Removing_another_users_token_succeeds_and_leaves_it_alone()
    {
        await _register.RegisterAsync(new RegisterDeviceTokenCommand(1, Token, "android"), CancellationToken.None);

        var result = await _remove.RemoveAsync(new RemoveDeviceTokenCommand(2, Token), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(_tokens.Tokens[Token].UserId, Is.EqualTo(1));
    }

    [Test]
    public async Task Removing_an_unknown_token_succeeds() =>
        Assert.That((await _remove.RemoveAsync(new RemoveDeviceTokenCommand(1, "never-registered"), CancellationToken.None)).IsSuccess, Is.True);

    [Test]
    public async Task Removing_a_malformed_token_is_a_field_error()
    {
        var result = await _remove.RemoveAsync(new RemoveDeviceTokenCommand(1, ""), CancellationToken.None);

        Assert.That(result.Error!.FieldErrors!.Keys, Is.EqualTo(new[] { "token" }));
    }
}
