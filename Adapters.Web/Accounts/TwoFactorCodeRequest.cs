namespace Hexagon.Adapters.Web.Accounts;

/// <summary>Body of POST /me/2fa/enable and /me/2fa/disable: the 6-digit code the authenticator app shows now.</summary>
public sealed record TwoFactorCodeRequest(string? Code);
