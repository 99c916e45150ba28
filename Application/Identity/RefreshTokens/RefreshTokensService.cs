using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Domain.Common;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.RefreshTokens;

/// <summary>
/// Exchanges a refresh token for a new pair, once. The session row is locked for the whole exchange, so two requests
/// with the same token are decided in turn: the first rotates it, the second finds it used, which is exactly what a
/// replayed stolen token looks like. Per the rule it is treated as one: the family is revoked and both
/// callers must log in again. An app that fires two refreshes at once therefore logs its user out; it must send one.
/// </summary>
public sealed class RefreshTokensService(
    IUserRepository users,
    IRefreshSessionRepository sessions,
    IAccessTokenIssuer accessTokens,
    IUnitOfWork unitOfWork,
    IdentityTokenLifetimes lifetimes,
    TimeProvider timeProvider) : IRefreshTokens
{
    public async Task<Result<AuthTokens>> RefreshAsync(RefreshTokensCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        // An access token, or anything else that is not one of ours, hashes to no session and is refused below.
        var presented = RefreshTokenFactory.Hash(command.RefreshToken);
        var next = RefreshTokenFactory.Create();
        var now = timeProvider.GetUtcNow();

        // The plain overload on purpose: a failed Result would roll back, and the family revocation of a reuse must
        // be committed. The delegate answers the user the new session belongs to, or null for "refused".
        var owner = await unitOfWork.ExecuteAsync(token => ExchangeAsync(presented, next, command.UserAgent, now, token), cancellationToken).ConfigureAwait(false);

        return owner is null
            ? ErrorCatalog.RefreshTokenUnauthorized
            : AuthTokensAssembler.Assemble(accessTokens, owner.Id, owner.Role, next.Token, lifetimes, now);
    }

    private async Task<User?> ExchangeAsync(RefreshTokenHash presented, NewRefreshToken next, string? userAgent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var session = await sessions.FindByTokenHashForUpdateAsync(presented, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return null;
        }

        switch (session.StatusAt(now))
        {
            case RefreshSessionStatus.Reused:
                await sessions.RevokeFamilyAsync(session.FamilyId, now, cancellationToken).ConfigureAwait(false);
                return null;
            case RefreshSessionStatus.Expired or RefreshSessionStatus.Revoked:
                return null;
        }

        var user = await users.FindByIdAsync(session.UserId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return null;
        }

        var successor = session.Rotate(next.Hash, userAgent, now, lifetimes.RefreshToken);
        var successorId = await sessions.AddAsync(successor, cancellationToken).ConfigureAwait(false);
        await sessions.MarkUsedAsync(session.Id, now, successorId, cancellationToken).ConfigureAwait(false);
        return user;
    }
}
