using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.Sessions;

/// <param name="Token">Handed to the client once; never stored or logged.</param>
/// <param name="Hash">What the session row keeps.</param>
public sealed record NewRefreshToken(string Token, RefreshTokenHash Hash);
