using Hexagon.Application.Common.Ports;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.LogOut;

/// <summary>
/// Ends the login the token belongs to: every unrevoked session of its family. For the current token that is the
/// token's own row (its predecessors are used up already); for an older token of the family it also ends the live
/// successor, which the owner of an old token could end anyway by replaying it.
/// </summary>
public sealed class LogOutService(IRefreshSessionRepository sessions, IUnitOfWork unitOfWork, TimeProvider timeProvider) : ILogOut
{
    public async Task<Result> LogOutAsync(LogOutCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var presented = RefreshTokenFactory.Hash(command.RefreshToken);
        var now = timeProvider.GetUtcNow();

        // Locking the row first orders the logout after a refresh of the same token that is under way, so the
        // successor that refresh creates is revoked too instead of outliving the logout.
        await unitOfWork.ExecuteAsync(async token =>
        {
            var session = await sessions.FindByTokenHashForUpdateAsync(presented, token).ConfigureAwait(false);
            return session is null ? 0 : await sessions.RevokeFamilyAsync(session.FamilyId, now, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        // Unknown and already ended tokens succeed too: the client wants to be logged out, and it is.
        return Result.Ok();
    }
}
