using Hexagon.Application.Identity.Ports;

namespace Hexagon.Integration.Tests.Identity.Persistence;

/// <summary>Stands in for the JWT issuer: "access:{user}:{role}", valid for 30 minutes.</summary>
internal sealed class StubAccessTokenIssuer : IAccessTokenIssuer
{
    public IssuedAccessToken Issue(long userId, string role, DateTimeOffset now) => new($"access:{userId}:{role}", now.AddMinutes(30));
}
