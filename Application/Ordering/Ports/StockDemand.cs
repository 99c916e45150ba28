namespace Hexagon.Application.Ordering.Ports;

/// <summary>How much of one menu an order takes (or gives back).</summary>
public sealed record StockDemand(long MenuId, int Quantity)
{
    /// <summary>
    /// One demand per menu, in ascending menu id: every transaction locks menu rows in this one order, so two orders
    /// can never wait for each other's rows (no deadlock).
    /// </summary>
    public static IReadOnlyList<StockDemand> InLockOrder(IEnumerable<(long MenuId, int Quantity)> lines) => lines
        .GroupBy(line => line.MenuId)
        .Select(menu => new StockDemand(menu.Key, menu.Sum(line => line.Quantity)))
        .OrderBy(demand => demand.MenuId)
        .ToList();
}
