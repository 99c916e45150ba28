using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Notifications.Ports;

namespace Hexagon.Adapters.Persistence.Notifications;

/// <summary>Store names from the stores table, for notification texts.</summary>
public sealed class MySqlStoreNames(DbSession session) : IStoreNames
{
    public async Task<string?> FindNameAsync(long storeId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<string?>(session.Command(
            "SELECT name FROM stores WHERE id = @storeId", new { storeId }, cancellationToken)).ConfigureAwait(false);
    }
}
