using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.LogOutEverywhere;

/// <summary>
/// Revokes every session of the user in one statement. Access tokens already issued stay valid until they expire
/// (they are not looked up per request); that window is the access token lifetime.
/// </summary>
public sealed class LogOutEverywhereService(IRefreshSessionRepository sessions, TimeProvider timeProvider) : ILogOutEverywhere
{
    public async Task<Result> LogOutEverywhereAsync(long userId, CancellationToken cancellationToken)
    {
        await sessions.RevokeAllOfUserAsync(userId, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return Result.Ok();
    }
}
