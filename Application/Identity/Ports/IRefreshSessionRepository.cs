using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.Ports;

/// <summary>Refresh sessions, found by the hash of their token (the token itself is never stored).</summary>
public interface IRefreshSessionRepository
{
    /// <summary>Stores a new session and returns its id.</summary>
    Task<long> AddAsync(RefreshSession session, CancellationToken cancellationToken);

    /// <summary>
    /// The session of <paramref name="tokenHash"/>, locked until the running unit of work ends (SELECT ... FOR
    /// UPDATE), so two requests presenting the same token are decided one after the other. Call it inside
    /// <see cref="Common.Ports.IUnitOfWork"/>: outside one the lock ends with the statement.
    /// </summary>
    Task<RefreshSession?> FindByTokenHashForUpdateAsync(RefreshTokenHash tokenHash, CancellationToken cancellationToken);

    /// <summary>Records that the session was exchanged for <paramref name="replacedById"/>.</summary>
    Task MarkUsedAsync(long sessionId, DateTimeOffset usedAt, long replacedById, CancellationToken cancellationToken);

    /// <summary>Revokes every not yet revoked session of the family; returns how many.</summary>
    Task<int> RevokeFamilyAsync(string familyId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes every not yet revoked session of the user; returns how many.</summary>
    Task<int> RevokeAllOfUserAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes at most <paramref name="limit"/> sessions that expired, or were revoked, before
    /// <paramref name="cutoff"/>, in statements of their own (short locks); returns how many. Fewer than the limit
    /// means none are left.
    /// </summary>
    Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken);
}
