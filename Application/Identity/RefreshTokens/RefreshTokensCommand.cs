namespace Hexagon.Application.Identity.RefreshTokens;

public sealed record RefreshTokensCommand(string RefreshToken, string? UserAgent);
