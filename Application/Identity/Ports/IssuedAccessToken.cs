namespace Hexagon.Application.Identity.Ports;

public sealed record IssuedAccessToken(string Token, DateTimeOffset ExpiresAt);
