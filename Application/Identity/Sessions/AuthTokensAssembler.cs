using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.Sessions;

/// <summary>Puts the answer of sign-up, login and refresh together once the session is committed.</summary>
internal static class AuthTokensAssembler
{
    /// <summary>
    /// The access token is signed after the transaction (it is pure CPU and needs no lock). Its "expires in" comes
    /// from the expiry the issuer stamped into it, so the two can never disagree. Rounded up: exp is in whole seconds,
    /// so exp - now is a fraction under the configured lifetime, and the app should see "900", not "899".
    /// </summary>
    public static AuthTokens Assemble(IAccessTokenIssuer accessTokens, long userId, Role role, string refreshToken, IdentityTokenLifetimes lifetimes, DateTimeOffset now)
    {
        var access = accessTokens.Issue(userId, role.Name, now);
        var accessSeconds = (int)Math.Clamp(Math.Ceiling((access.ExpiresAt - now).TotalSeconds), 0, int.MaxValue);
        return new AuthTokens(userId, access.Token, refreshToken, accessSeconds, (int)lifetimes.RefreshToken.TotalSeconds);
    }
}
