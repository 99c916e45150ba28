using Hexagon.Adapters.Web.Configuration;
using Hexagon.Adapters.Web.Identity.Tokens;
using Microsoft.IdentityModel.Tokens;

namespace Hexagon.Adapters.Web.Identity.Bearer;

/// <summary>The rules an incoming access token must pass: exactly what <see cref="JwtAccessTokenIssuer"/> writes.</summary>
public static class AccessTokenValidation
{
    /// <summary>Phone clocks and ours disagree a little; 30 s, not the library's 5 min, keeps exp meaning exp.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public static TokenValidationParameters ParametersFor(JwtOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = AccessTokenSigningKey.From(options),
            // Pinned: "alg": "none", RS*/ES* and HS384/HS512 tokens fail signature validation even under our own key.
            ValidAlgorithms = [AccessTokenFormat.Algorithm],
            ValidTypes = [AccessTokenFormat.TokenType],
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = ClockSkew,
            NameClaimType = AccessTokenFormat.SubjectClaim,
            RoleClaimType = AccessTokenFormat.RoleClaim,
        };
    }
}
