using System.Data;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>
/// Opens a connection of its own (outside the scope's unit of work) with a REPEATABLE READ, read-only transaction:
/// InnoDB then answers every query of the snapshot from the same point in time, and takes no locks for it.
/// </summary>
public sealed class MySqlOrderRankingSource(IDbConnectionFactory connections) : IOrderRankingSource
{
    public async Task<IOrderRankingSnapshot> OpenSnapshotAsync(CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            return new MySqlOrderRankingSnapshot(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
