using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Cart.Ports;

namespace Hexagon.Adapters.Persistence.Cart;

/// <summary>
/// Reads the priced cart in one round trip on the scope's <see cref="DbSession"/> (inside the caller's transaction when
/// there is one). Plain reads, no locks: a checkout that needs the stock to hold takes its own locks on the menus.
/// </summary>
public sealed class MySqlCartReader(DbSession session) : ICartReader
{
    private const string Sql = """
        SELECT s.id AS StoreId, s.name AS Name, s.status AS Status
        FROM carts c JOIN stores s ON s.id = c.store_id WHERE c.user_id = @userId;
        SELECT ci.id AS CartItemId, ci.menu_id AS MenuId, m.name AS Name, ci.quantity AS Quantity,
               m.price AS Price, m.stock AS Stock, m.sold_out AS SoldOut
        FROM cart_items ci JOIN menus m ON m.id = ci.menu_id
        WHERE ci.user_id = @userId ORDER BY ci.id;
        SELECT cio.cart_item_id AS CartItemId, o.id AS OptionId, o.name AS Name, o.price_delta AS PriceDelta, o.sold_out AS SoldOut
        FROM cart_items ci
        JOIN cart_item_options cio ON cio.cart_item_id = ci.id
        JOIN options o ON o.id = cio.option_id
        JOIN option_groups g ON g.id = o.group_id
        WHERE ci.user_id = @userId ORDER BY cio.cart_item_id, g.display_order, g.id, o.display_order, o.id;
        """;

    public async Task<PricedCart> ReadAsync(long userId, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(session.Command(Sql, new { userId }, cancellationToken)).ConfigureAwait(false);
        var store = await results.ReadSingleOrDefaultAsync<CartStoreRow>().ConfigureAwait(false);
        var lines = (await results.ReadAsync<CartLineRow>().ConfigureAwait(false)).ToList();
        var options = (await results.ReadAsync<CartOptionRow>().ConfigureAwait(false)).ToLookup(option => option.CartItemId);
        if (store is null || lines.Count == 0)
        {
            return PricedCart.Empty;
        }

        var priced = lines
            .Select(line => new PricedCartLine(
                line.CartItemId,
                line.MenuId,
                line.Name,
                line.Quantity,
                line.Price,
                Math.Max(0, line.Stock),
                line.SoldOut,
                options[line.CartItemId].Select(option => new PricedCartOption(option.OptionId, option.Name, option.PriceDelta, option.SoldOut)).ToList()))
            .ToList();
        return new PricedCart(store.ToStore(), priced);
    }
}
