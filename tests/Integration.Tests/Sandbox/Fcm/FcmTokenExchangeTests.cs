using System.Net;
using System.Security.Cryptography;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

public sealed class FcmTokenExchangeTests
{
    private FcmSandboxHarness _fcm = null!;

    [OneTimeSetUp]
    public async Task Start() => _fcm = await FcmSandboxHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fcm.DisposeAsync();

    [Test]
    public async Task A_good_assertion_gets_a_bearer_token_for_an_hour_that_messages_send_accepts()
    {
        var answer = await _fcm.ExchangeAsync(_fcm.Assertion().SignWith(_fcm.Key));
        var accessToken = answer.Body.GetProperty("access_token").GetString();
        var send = await _fcm.SendAsync(new { message = new { token = FcmSandboxHarness.NewDeviceToken() } }, accessToken);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        Assert.That(accessToken, Is.Not.Empty);
        Assert.That(answer.Body.GetProperty("expires_in").GetInt32(), Is.EqualTo(3600));
        Assert.That(answer.Body.GetProperty("token_type").GetString(), Is.EqualTo("Bearer"));
        Assert.That(send.Status, Is.EqualTo(HttpStatusCode.OK), send.ToString());
    }

    [Test]
    public async Task An_assertion_signed_with_another_key_is_invalid_grant()
    {
        using var otherKey = RSA.Create(2048);

        var answer = await _fcm.ExchangeAsync(_fcm.Assertion().SignWith(otherKey));

        Assert.That((answer.Status, answer.OAuthError), Is.EqualTo((HttpStatusCode.BadRequest, "invalid_grant")));
        Assert.That(answer.OAuthDescription, Does.Contain("Signature"));
    }

    [Test]
    public async Task An_assertion_for_another_audience_is_invalid_grant_naming_the_right_one()
    {
        var assertion = _fcm.Assertion() with { Audience = "https://fcm.googleapis.com/" };

        var answer = await _fcm.ExchangeAsync(assertion.SignWith(_fcm.Key));

        Assert.That((answer.Status, answer.OAuthError), Is.EqualTo((HttpStatusCode.BadRequest, "invalid_grant")));
        Assert.That(answer.OAuthDescription, Does.Contain("audience").And.Contain(_fcm.TokenUri));
    }

    [Test]
    public async Task Googles_own_token_audience_is_accepted_as_Google_accepts_it()
    {
        // Google.Apis.Auth posts to the JSON's token_uri but signs this audience whatever token_uri says.
        var assertion = _fcm.Assertion() with { Audience = "https://oauth2.googleapis.com/token" };

        var answer = await _fcm.ExchangeAsync(assertion.SignWith(_fcm.Key));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
    }

    [Test]
    public async Task An_expired_assertion_or_one_living_longer_than_an_hour_is_invalid_grant()
    {
        var now = _fcm.Clock.Now;
        var expired = _fcm.Assertion() with { IssuedAt = now.AddHours(-2), ExpiresAt = now.AddHours(-1) };
        var tooLong = _fcm.Assertion() with { ExpiresAt = now.AddMinutes(61) };
        var fromTheFuture = _fcm.Assertion() with { IssuedAt = now.AddMinutes(10), ExpiresAt = now.AddMinutes(20) };

        var answers = new[]
        {
            await _fcm.ExchangeAsync(expired.SignWith(_fcm.Key)),
            await _fcm.ExchangeAsync(tooLong.SignWith(_fcm.Key)),
            await _fcm.ExchangeAsync(fromTheFuture.SignWith(_fcm.Key)),
        };

        Assert.That(answers.Select(a => (a.Status, a.OAuthError)),
            Is.All.EqualTo((HttpStatusCode.BadRequest, "invalid_grant")), string.Join("\n", answers.Select(a => a.ToString())));
    }

    [Test]
    public async Task A_missing_scope_or_one_without_firebase_messaging_is_invalid_scope()
    {
        var missing = _fcm.Assertion() with { Scope = null };
        var other = _fcm.Assertion() with { Scope = "https://www.googleapis.com/auth/cloud-platform" };
        var several = _fcm.Assertion() with { Scope = "https://www.googleapis.com/auth/cloud-platform " + TestAssertion.FcmScope };

        var answers = new[]
        {
            await _fcm.ExchangeAsync(missing.SignWith(_fcm.Key)),
            await _fcm.ExchangeAsync(other.SignWith(_fcm.Key)),
        };
        var accepted = await _fcm.ExchangeAsync(several.SignWith(_fcm.Key));

        Assert.That(answers.Select(a => (a.Status, a.OAuthError)), Is.All.EqualTo((HttpStatusCode.BadRequest, "invalid_scope")));
        Assert.That(accepted.Status, Is.EqualTo(HttpStatusCode.OK), accepted.ToString());
    }

    [Test]
    public async Task Another_issuer_another_key_id_or_another_algorithm_is_invalid_grant()
    {
        var answers = new[]
        {
            await _fcm.ExchangeAsync((_fcm.Assertion() with { Issuer = "someone@else.iam.gserviceaccount.com" }).SignWith(_fcm.Key)),
            await _fcm.ExchangeAsync((_fcm.Assertion() with { KeyId = "another-key" }).SignWith(_fcm.Key)),
            await _fcm.ExchangeAsync((_fcm.Assertion() with { Algorithm = "HS256" }).SignWith(_fcm.Key)),
            await _fcm.ExchangeAsync("not.a-jwt"),
        };

        Assert.That(answers.Select(a => (a.Status, a.OAuthError)),
            Is.All.EqualTo((HttpStatusCode.BadRequest, "invalid_grant")), string.Join("\n", answers.Select(a => a.ToString())));
    }

    [Test]
    public async Task A_tampered_claim_breaks_the_signature()
    {
        var good = _fcm.Assertion().SignWith(_fcm.Key).Split('.');
        var forged = (_fcm.Assertion() with { Scope = TestAssertion.FcmScope + " https://www.googleapis.com/auth/cloud-platform" })
            .SignWith(_fcm.Key).Split('.');

        var answer = await _fcm.ExchangeAsync($"{good[0]}.{forged[1]}.{good[2]}");

        Assert.That((answer.Status, answer.OAuthError), Is.EqualTo((HttpStatusCode.BadRequest, "invalid_grant")));
    }

    [Test]
    public async Task Another_grant_type_or_no_assertion_is_refused_like_Google()
    {
        var wrongGrant = await _fcm.ExchangeAsync(_fcm.Assertion().SignWith(_fcm.Key), grantType: "client_credentials");
        var noAssertion = await _fcm.ExchangeAsync("");

        Assert.That((wrongGrant.Status, wrongGrant.OAuthError), Is.EqualTo((HttpStatusCode.BadRequest, "unsupported_grant_type")));
        Assert.That((noAssertion.Status, noAssertion.OAuthError), Is.EqualTo((HttpStatusCode.BadRequest, "invalid_request")));
    }

    [Test]
    public async Task With_a_configured_public_key_there_is_no_service_account_json_to_hand_out()
    {
        var answer = await _fcm.SendAsync(new HttpRequestMessage(HttpMethod.Get, "sandbox/v1/fcm/service-account"));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
