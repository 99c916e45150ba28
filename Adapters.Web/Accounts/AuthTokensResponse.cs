using Hexagon.Application.Identity;

namespace Hexagon.Adapters.Web.Accounts;

/// <summary>The token pair as the app receives it; expiries in seconds.</summary>
public sealed record AuthTokensResponse(long UserId, string AccessToken, string RefreshToken, int AccessTokenExpiresIn, int RefreshTokenExpiresIn)
{
    public static AuthTokensResponse From(AuthTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return new(tokens.UserId, tokens.AccessToken, tokens.RefreshToken, tokens.AccessTokenExpiresInSeconds, tokens.RefreshTokenExpiresInSeconds);
    }
}
