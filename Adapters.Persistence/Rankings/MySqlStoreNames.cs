using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>Store names for a ranking: one primary-key IN query for the whole page (at most 50 ids).</summary>
public sealed class MySqlStoreNames(DbSession session) : IStoreNames
{
    public async Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> storeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storeIds);
        if (storeIds.Count == 0)
        {
            return new Dictionary<long, string>();
        }

        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StoreNameRow>(session.Command(
            "SELECT id AS Id, name AS Name FROM stores WHERE id IN @storeIds", new { storeIds }, cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(row => row.Id, row => row.Name);
    }
}
