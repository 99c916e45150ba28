using Hexagon.Application.Identity.Ports;

namespace Hexagon.Application.Tests.Identity.Fakes;

/// <summary>Issues readable stand-ins for JWTs ("access:{user}:{role}:{n}") that expire after <paramref name="lifetime"/>.</summary>
internal sealed class FakeAccessTokenIssuer(TimeSpan lifetime) : IAccessTokenIssuer
{
    public List<(long UserId, string Role, DateTimeOffset Now)> Issued { get; } = [];

    public IssuedAccessToken Issue(long userId, string role, DateTimeOffset now)
    {
        Issued.Add((userId, role, now));
        return new IssuedAccessToken($"access:{userId}:{role}:{Issued.Count}", now + lifetime);
    }
}
