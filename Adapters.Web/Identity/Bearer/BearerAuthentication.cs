using Hexagon.Adapters.Web.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hexagon.Adapters.Web.Identity.Bearer;

/// <summary>The access-token (JWT bearer) scheme of the API and its registration.</summary>
public static class BearerAuthentication
{
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>
    /// Adds the bearer scheme. Its settings are read from <see cref="JwtOptions"/> when the scheme is first used,
    /// not here, so the validated options (and a test's overrides) are the ones that count.
    /// </summary>
    public static AuthenticationBuilder AddHexagonBearer(this AuthenticationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddJwtBearer(Scheme, _ => { });
        builder.Services.AddOptions<JwtBearerOptions>(Scheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) => Configure(bearer, jwt.Value));
        return builder;
    }

    internal static void Configure(JwtBearerOptions bearer, JwtOptions jwt)
    {
        // Claims keep their JWT names (sub, role) instead of the long WS-* URIs.
        bearer.MapInboundClaims = false;
        // JsonWebTokenHandler, not the legacy JwtSecurityTokenHandler: one parser for issuing and validating.
        bearer.UseSecurityTokenValidators = false;
        bearer.SaveToken = false;
        bearer.IncludeErrorDetails = false;
        bearer.TokenValidationParameters = AccessTokenValidation.ParametersFor(jwt);
        bearer.Events = new HexagonBearerEvents();
    }
}
