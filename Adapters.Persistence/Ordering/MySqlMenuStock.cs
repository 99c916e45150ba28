using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Ordering.Ports;

namespace Hexagon.Adapters.Persistence.Ordering;

/// <summary>
/// menus.stock on the scope's <see cref="DbSession"/>. Each demand is one conditional UPDATE, which locks the menu row
/// it touches; the demands come in ascending menu id, so concurrent orders lock in the same order and never deadlock.
/// The CHECK (stock >= 0) on menus is the last line of defence.
/// </summary>
public sealed class MySqlMenuStock(DbSession session) : IMenuStock
{
    public async Task<IReadOnlyList<ShortStock>> TryTakeAsync(IReadOnlyList<StockDemand> demands, CancellationToken cancellationToken)
    {
        const string take = "UPDATE menus SET stock = stock - @Quantity WHERE id = @MenuId AND stock >= @Quantity AND sold_out = FALSE";
        const string left = "SELECT name AS Name, stock AS Stock, sold_out AS SoldOut FROM menus WHERE id = @MenuId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var shortMenus = new List<ShortStock>();
        foreach (var demand in demands)
        {
            var taken = await connection.ExecuteAsync(session.Command(take, demand, cancellationToken)).ConfigureAwait(false);
            if (taken == 1)
            {
                continue;
            }

            // The row is locked by now (the UPDATE's scan locked it), so what we read is what refused us.
            var menu = await connection.QuerySingleOrDefaultAsync<MenuStockRow>(session.Command(left, demand, cancellationToken)).ConfigureAwait(false);
            shortMenus.Add(new ShortStock(demand.MenuId, menu?.Name ?? "", demand.Quantity, menu is null || menu.SoldOut ? 0 : menu.Stock));
        }

        return shortMenus;
    }

    public async Task ReturnAsync(IReadOnlyList<StockDemand> demands, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE menus SET stock = stock + @Quantity WHERE id = @MenuId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var demand in demands)
        {
            await connection.ExecuteAsync(session.Command(sql, demand, cancellationToken)).ConfigureAwait(false);
        }
    }

    private sealed class MenuStockRow
    {
        public string Name { get; init; } = "";
        public int Stock { get; init; }
        public bool SoldOut { get; init; }
    }
}
