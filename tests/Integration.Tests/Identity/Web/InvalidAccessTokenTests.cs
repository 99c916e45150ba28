using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Hexagon.Integration.Tests.Identity.Web;

/// <summary>
/// Tokens that differ from a good one in one way each, through the real pipeline. 0006 tells the app to refresh;
/// 0003/0004/0005 tell it to log in again, and say why for whoever reads the logs of a support case.
/// </summary>
public sealed class InvalidAccessTokenTests
{
    private BearerApi _api = null!;

    [OneTimeSetUp]
    public async Task StartService() => _api = await BearerApi.StartAsync();

    [OneTimeTearDown]
    public async Task StopService() => await _api.DisposeAsync();

    [TestCase("abc", TestName = "a word is malformed: 0004")]
    [TestCase("a.b.c", TestName = "three parts that are not base64url JSON are malformed: 0004")]
    [TestCase(null, TestName = "a refresh-token-like random string is malformed: 0004")]
    public async Task A_malformed_token_answers_401_0004(string? token)
    {
        token ??= Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

        using var response = await _api.GetAsync(AuthProbeEndpoints.CustomerPath, token);

        await BearerApi.AssertInvalidTokenAsync(response, "0004");
    }

    [Test]
    public async Task A_payload_edited_to_admin_has_no_valid_signature_0005()
    {
        var parts = TestAccessTokens.Issue(42, "CUSTOMER").Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]);
        Assert.That(payload, Does.Contain("\"role\":\"CUSTOMER\""), "the edit below must really change the role");
        var edited = parts[0] + "." + Base64UrlEncoder.Encode(payload.Replace("\"CUSTOMER\"", "\"ADMIN\"", StringComparison.Ordinal)) + "." + parts[2];

        using var response = await _api.GetAsync(AuthProbeEndpoints.AdminPath, edited);

        await BearerApi.AssertInvalidTokenAsync(response, "0005");
    }

    [Test]
    public async Task A_token_signed_with_another_key_answers_0005()
    {
        const string otherKey = "someone-elses-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";
        var token = TestAccessTokens.Sign(TestAccessTokens.Header(), TestAccessTokens.Payload(), otherKey);

        using var response = await _api.GetAsync(AuthProbeEndpoints.CustomerPath, token);

        await BearerApi.AssertInvalidTokenAsync(response, "0005");
    }

    /// <summary>RequireSignedTokens refuses it in the signature check (IDX10504, "no signature"): an unproven token, 0005.</summary>
    [Test]
    public async Task An_alg_none_token_answers_0005()
    {
        var token = TestAccessTokens.Sign(TestAccessTokens.Header(alg: "none"), TestAccessTokens.Payload(role: "ADMIN"));

        using var response = await _api.GetAsync(AuthProbeEndpoints.AdminPath, token);

        await BearerApi.AssertInvalidTokenAsync(response, "0005");
    }

    /// <summary>Signed with the service's own key but HS512: only HS256 is accepted, so no key validates it (IDX10517).</summary>
    [Test]
    public async Task A_token_with_another_algorithm_answers_0005_even_under_our_key()
    {
        var token = TestAccessTokens.Sign(TestAccessTokens.Header(alg: "HS512"), TestAccessTokens.Payload());

        using var response = await _api.GetAsync(AuthProbeEndpoints.CustomerPath, token);

        await BearerApi.AssertInvalidTokenAsync(response, "0005");
    }

    [TestCase("aud", TestName = "another audience: 0003")]
    [TestCase("iss", TestName = "another issuer: 0003")]
    [TestCase("typ", TestName = "typ JWT instead of at+jwt: 0003")]
    [TestCase("sub", TestName = "a subject that is not a user id: 0003")]
    public async Task A_well_signed_token_that_is_not_our_access_token_answers_0003(string differs)
    {
        var payload = differs switch
        {
            "aud" => TestAccessTokens.Payload(aud: "another-app"),
            "iss" => TestAccessTokens.Payload(iss: "another-issuer"),
            "sub" => TestAccessTokens.Payload(sub: "someone@example.com"),
            _ => TestAccessTokens.Payload(),
        };
        var header = differs == "typ" ? TestAccessTokens.Header(typ: "JWT") : TestAccessTokens.Header();

        using var response = await _api.GetAsync(AuthProbeEndpoints.CustomerPath, TestAccessTokens.Sign(header, payload));

        await BearerApi.AssertInvalidTokenAsync(response, "0003");
    }

    [Test]
    public async Task A_token_expired_beyond_the_30_second_skew_answers_0006()
    {
        // Issued 16 minutes ago with a 15-minute life: expired a minute ago, longer than the skew forgives.
        var token = TestAccessTokens.Issue(42, "CUSTOMER", DateTimeOffset.UtcNow.AddMinutes(-16));

        using var response = await _api.GetAsync(AuthProbeEndpoints.CustomerPath, token);

        await BearerApi.AssertInvalidTokenAsync(response, "0006");
    }

    [Test]
    public async Task A_token_expired_within_the_skew_is_still_accepted()
    {
        var token = TestAccessTokens.Issue(42, "CUSTOMER", DateTimeOffset.UtcNow.AddMinutes(-15).AddSeconds(-10));

        using var response = await _api.GetAsync(AuthProbeEndpoints.CustomerPath, token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
