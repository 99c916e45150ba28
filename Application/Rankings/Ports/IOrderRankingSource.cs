namespace Hexagon.Application.Rankings.Ports;

/// <summary>The orders as MySQL has them, the source of truth a ranking rebuild starts from.</summary>
public interface IOrderRankingSource
{
    /// <summary>
    /// Opens one consistent read of the orders (a read-only snapshot): totals and marks read through it agree with
    /// each other even while orders are placed and cancelled meanwhile.
    /// </summary>
    Task<IOrderRankingSnapshot> OpenSnapshotAsync(CancellationToken cancellationToken);
}
