using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.RefreshTokens;

/// <summary>
/// Rotates a refresh token: the presented one is used up and a new pair is issued in the same family. A token that
/// was already used revokes its whole family (it was stolen, or its owner's copy was) and fails with 0014.
/// </summary>
public interface IRefreshTokens
{
    Task<Result<AuthTokens>> RefreshAsync(RefreshTokensCommand command, CancellationToken cancellationToken);
}
