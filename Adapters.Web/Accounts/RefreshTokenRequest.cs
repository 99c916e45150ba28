namespace Hexagon.Adapters.Web.Accounts;

/// <summary>Body of /auth/refresh and /auth/logout.</summary>
public sealed record RefreshTokenRequest(string? RefreshToken);
