namespace Hexagon.Application.Ordering.Ports;

/// <summary>The menus' stock counters, changed only inside the order transactions.</summary>
public interface IMenuStock
{
    /// <summary>
    /// Takes the demands in the given (ascending) order, each only if enough is left and the menu is not flagged sold
    /// out; returns the menus that were short (with what was left), empty when everything was taken. The caller rolls
    /// back when anything was short.
    /// </summary>
    Task<IReadOnlyList<ShortStock>> TryTakeAsync(IReadOnlyList<StockDemand> demands, CancellationToken cancellationToken);

    /// <summary>Gives the demands back (a cancelled order), in the given (ascending) order.</summary>
    Task ReturnAsync(IReadOnlyList<StockDemand> demands, CancellationToken cancellationToken);
}
