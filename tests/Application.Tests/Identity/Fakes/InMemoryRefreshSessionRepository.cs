using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Identity.Fakes;

/// <summary>Refresh sessions in a list; sessions are immutable, so changes replace them.</summary>
internal sealed class InMemoryRefreshSessionRepository : IRefreshSessionRepository, ITransactionalFake
{
    private List<RefreshSession> _sessions = [];
    private long _lastId;

    public IReadOnlyList<RefreshSession> Sessions => _sessions;

    /// <summary>The limit of every DeleteEndedBeforeAsync call, in order.</summary>
    public List<int> DeleteBatchLimits { get; } = [];

    public RefreshSession ByToken(string token) =>
        _sessions.Single(session => session.TokenHash.Equals(Hexagon.Application.Identity.Sessions.RefreshTokenFactory.Hash(token)));

    public IEnumerable<RefreshSession> Family(string familyId) => _sessions.Where(session => session.FamilyId == familyId);

    public Task<long> AddAsync(RefreshSession session, CancellationToken cancellationToken) => Task.FromResult(Add(session));

    /// <summary>Arranges a stored session directly.</summary>
    public long Add(RefreshSession session)
    {
        var id = ++_lastId;
        _sessions.Add(With(session, id: id));
        return id;
    }

    public Task<RefreshSession?> FindByTokenHashForUpdateAsync(RefreshTokenHash tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.SingleOrDefault(session => session.TokenHash.Equals(tokenHash)));

    public Task MarkUsedAsync(long sessionId, DateTimeOffset usedAt, long replacedById, CancellationToken cancellationToken)
    {
        Update(session => session.Id == sessionId, session => With(session, usedAt: usedAt, replacedById: replacedById));
        return Task.CompletedTask;
    }

    public Task<int> RevokeFamilyAsync(string familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Update(session => session.FamilyId == familyId && session.RevokedAt is null, session => With(session, revokedAt: now)));

    public Task<int> RevokeAllOfUserAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Update(session => session.UserId == userId && session.RevokedAt is null, session => With(session, revokedAt: now)));

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        DeleteBatchLimits.Add(limit);
        var doomed = _sessions.Where(session => session.ExpiresAt < cutoff || session.RevokedAt < cutoff).Take(limit).ToList();
        _sessions.RemoveAll(doomed.Contains);
        return Task.FromResult(doomed.Count);
    }

    public object Snapshot() => (_sessions.ToList(), _lastId);

    public void Restore(object snapshot) => (_sessions, _lastId) = ((List<RefreshSession>, long))snapshot;

    private static RefreshSession With(RefreshSession session, long? id = null, DateTimeOffset? usedAt = null, DateTimeOffset? revokedAt = null, long? replacedById = null) =>
        RefreshSession.Restore(id ?? session.Id, session.UserId, session.FamilyId, session.TokenHash, session.DeviceId, session.UserAgent,
            session.CreatedAt, session.ExpiresAt, usedAt ?? session.UsedAt, revokedAt ?? session.RevokedAt, replacedById ?? session.ReplacedById);

    private int Update(Func<RefreshSession, bool> which, Func<RefreshSession, RefreshSession> change)
    {
        var count = 0;
        for (var i = 0; i < _sessions.Count; i++)
        {
            if (which(_sessions[i]))
            {
                _sessions[i] = change(_sessions[i]);
                count++;
            }
        }

        return count;
    }
}
