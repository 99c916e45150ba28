namespace Hexagon.Application.Identity.Ports;

/// <summary>Issues signed access tokens (JWT) with sub, role, jti, iat, exp, iss and aud.</summary>
public interface IAccessTokenIssuer
{
    IssuedAccessToken Issue(long userId, string role, DateTimeOffset now);
}
