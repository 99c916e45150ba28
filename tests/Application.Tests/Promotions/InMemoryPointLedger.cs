using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Application.Tests.Promotions;

/// <summary>Balances and ledger entries in lists; enough for the read use cases.</summary>
internal sealed class InMemoryPointLedger : IPointLedger, IPointHistory
{
    private readonly Dictionary<long, long> _balances = [];
    private readonly List<(long UserId, PointLedgerEntry Entry)> _entries = [];
    private long _nextId = 1;

    public Task<long> BalanceAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(_balances.GetValueOrDefault(userId));

    public Task<bool> TryDeductAsync(long userId, long points, string reason, string? orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_balances.GetValueOrDefault(userId) < points)
        {
            return Task.FromResult(false);
        }

        Write(userId, -points, reason, orderId, now);
        return Task.FromResult(true);
    }

    public Task CreditAsync(long userId, long points, string reason, string? orderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Write(userId, points, reason, orderId, now);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PointLedgerEntry>> ListAsync(long userId, PointLedgerPosition? after, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<PointLedgerEntry> page = _entries
            .Where(row => row.UserId == userId && (after is null || row.Entry.EntryId < after.EntryId))
            .Select(row => row.Entry)
            .OrderByDescending(entry => entry.EntryId)
            .Take(limit)
            .ToList();
        return Task.FromResult(page);
    }

    private void Write(long userId, long delta, string reason, string? orderId, DateTimeOffset now)
    {
        var after = _balances.GetValueOrDefault(userId) + delta;
        _balances[userId] = after;
        _entries.Add((userId, new PointLedgerEntry(_nextId++, delta, after, reason, orderId, now)));
    }
}
