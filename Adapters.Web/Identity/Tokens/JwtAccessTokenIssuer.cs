using Hexagon.Adapters.Web.Configuration;
using Hexagon.Application.Identity.Ports;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hexagon.Adapters.Web.Identity.Tokens;

/// <summary>Signs short-lived access tokens: HS256, typ at+jwt, claims sub, role, jti, iat, exp, iss, aud.</summary>
public sealed class JwtAccessTokenIssuer : IAccessTokenIssuer
{
    // Default times would come from the machine clock; every time claim comes from the caller's "now" instead.
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly JwtOptions _options;
    private readonly SigningCredentials _credentials;

    public JwtAccessTokenIssuer(JwtOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _credentials = new SigningCredentials(AccessTokenSigningKey.From(options), AccessTokenFormat.Algorithm);
    }

    public IssuedAccessToken Issue(long userId, string role, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        // exp is whole seconds in the token; ExpiresAt says exactly the same instant.
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var expiresAt = issuedAt.AddMinutes(_options.AccessTokenMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = AccessTokenFormat.TokenType,
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>
            {
                [AccessTokenFormat.SubjectClaim] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [AccessTokenFormat.RoleClaim] = role,
                [AccessTokenFormat.TokenIdClaim] = Guid.NewGuid().ToString("N"),
            },
        });
        return new IssuedAccessToken(token, expiresAt);
    }
}
