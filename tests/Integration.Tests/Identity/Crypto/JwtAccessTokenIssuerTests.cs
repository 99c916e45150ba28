using Hexagon.Adapters.Web.Configuration;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Identity.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hexagon.Integration.Tests.Identity.Crypto;

public sealed class JwtAccessTokenIssuerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 15, 250, TimeSpan.FromHours(9));

    private static readonly JwtOptions Options = new()
    {
        Issuer = "hexagon",
        Audience = "hexagon-app",
        SigningKey = "unit-test-signing-key-0123456789-abcdefghijklmnop",
        AccessTokenMinutes = 15,
    };

    [Test]
    public void The_token_carries_sub_role_jti_iat_exp_iss_aud_and_the_at_jwt_header()
    {
        var issued = new JwtAccessTokenIssuer(Options).Issue(42, "CUSTOMER", Now);

        var token = new JsonWebToken(issued.Token);
        var issuedAt = Now.ToUnixTimeSeconds();
        Assert.Multiple(() =>
        {
            Assert.That(token.Typ, Is.EqualTo("at+jwt"));
            Assert.That(token.Alg, Is.EqualTo("HS256"));
            Assert.That(token.GetPayloadValue<string>("sub"), Is.EqualTo("42"));
            Assert.That(token.GetPayloadValue<string>("role"), Is.EqualTo("CUSTOMER"));
            Assert.That(token.GetPayloadValue<string>("jti"), Does.Match("^[0-9a-f]{32}$"));
            Assert.That(token.GetPayloadValue<long>("iat"), Is.EqualTo(issuedAt), "numeric iat from the caller's clock");
            Assert.That(token.GetPayloadValue<long>("exp"), Is.EqualTo(issuedAt + 15 * 60));
            Assert.That(token.Issuer, Is.EqualTo("hexagon"));
            Assert.That(token.Audiences, Is.EqualTo(new[] { "hexagon-app" }));
            Assert.That(issued.ExpiresAt.ToUnixTimeSeconds(), Is.EqualTo(issuedAt + 15 * 60));
            Assert.That(issued.ExpiresAt.Millisecond, Is.Zero, "ExpiresAt is exactly the token's exp");
        });
    }

    [Test]
    public void Every_token_has_its_own_jti()
    {
        var issuer = new JwtAccessTokenIssuer(Options);

        var first = new JsonWebToken(issuer.Issue(42, "CUSTOMER", Now).Token);
        var second = new JsonWebToken(issuer.Issue(42, "CUSTOMER", Now).Token);

        Assert.That(second.Id, Is.Not.EqualTo(first.Id));
    }

    [Test]
    public async Task The_bearer_validation_accepts_what_the_issuer_signs_with_the_user_id_and_role_as_claims()
    {
        var issued = new JwtAccessTokenIssuer(Options).Issue(7, "ADMIN", DateTimeOffset.UtcNow);

        var result = await new JsonWebTokenHandler { MapInboundClaims = false }
            .ValidateTokenAsync(issued.Token, AccessTokenValidation.ParametersFor(Options));

        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        var principal = new System.Security.Claims.ClaimsPrincipal(result.ClaimsIdentity);
        Assert.That(principal.GetUserId(), Is.EqualTo(7));
        Assert.That(principal.IsInRole("ADMIN"), Is.True);
    }

    [Test]
    public void A_signing_key_under_32_bytes_is_refused()
    {
        var weak = new JwtOptions { Issuer = "hexagon", Audience = "hexagon-app", SigningKey = new string('k', 31) };

        Assert.That(() => new JwtAccessTokenIssuer(weak), Throws.InvalidOperationException.With.Message.Contains("32 bytes"));
    }
}
