using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.LogOut;

/// <summary>Ends the session the refresh token belongs to. Idempotent: an unknown or already ended token is fine.</summary>
public interface ILogOut
{
    Task<Result> LogOutAsync(LogOutCommand command, CancellationToken cancellationToken);
}
