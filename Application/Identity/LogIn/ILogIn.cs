using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.LogIn;

/// <summary>Checks email and password (and the one-time code once 2FA is on) and starts a new session.</summary>
public interface ILogIn
{
    Task<Result<AuthTokens>> LogInAsync(LogInCommand command, CancellationToken cancellationToken);
}
