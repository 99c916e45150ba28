namespace Hexagon.Application.Identity;

/// <summary>What sign-up, login and refresh hand back: a short-lived access token and a single-use refresh token.</summary>
public sealed record AuthTokens(
    long UserId,
    string AccessToken,
    string RefreshToken,
    int AccessTokenExpiresInSeconds,
    int RefreshTokenExpiresInSeconds);
