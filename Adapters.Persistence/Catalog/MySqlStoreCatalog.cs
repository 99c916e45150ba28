using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Domain.Catalog;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>Reads stores and menus for the app, on the scope's <see cref="DbSession"/>.</summary>
public sealed class MySqlStoreCatalog(DbSession session) : IStoreCatalog
{
    public async Task<IReadOnlyList<StoreSummary>> ListNearbyAsync(NearbyStoresRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = request.Sort == StoreSort.Distance
            ? await NearestStoresSearch.RunAsync(session, request, cancellationToken).ConfigureAwait(false)
            : await ListInBoundingBoxAsync(request, cancellationToken).ConfigureAwait(false);
        return rows.Select(row => row.ToSummary()).ToList();
    }

    // Likes, rating and reviews: every store of the radius's bounding box, filtered by distance and sorted.
    private async Task<List<StoreSummaryRow>> ListInBoundingBoxAsync(NearbyStoresRequest request, CancellationToken cancellationToken)
    {
        var box = request.Origin.BoundingBox(request.RadiusMeters);
        var parameters = new
        {
            lat = request.Origin.Latitude,
            lng = request.Origin.Longitude,
            // Rounded outwards to the column's 6 decimals, so the box still contains the whole circle.
            minLat = Math.Round((decimal)box.MinLatitude, 6, MidpointRounding.ToNegativeInfinity),
            maxLat = Math.Round((decimal)box.MaxLatitude, 6, MidpointRounding.ToPositiveInfinity),
            minLng = Math.Round((decimal)box.MinLongitude, 6, MidpointRounding.ToNegativeInfinity),
            maxLng = Math.Round((decimal)box.MaxLongitude, 6, MidpointRounding.ToPositiveInfinity),
            radiusMm = request.RadiusMeters * 1000L,
            afterKey = request.After?.SortKey ?? 0,
            afterId = request.After?.StoreId ?? 0,
            viewerId = request.ViewerId ?? 0,
            limit = request.Limit,
        };
        var sql = NearbyStoresSql.For(request.Sort, request.After is not null);
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<StoreSummaryRow>(session.Command(sql, parameters, cancellationToken)).ConfigureAwait(false)).ToList();
    }

    public async Task<StoreDetail?> FindStoreAsync(long storeId, long? viewerId, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {StoreDetailRow.Columns} FROM stores s WHERE s.id = @storeId;
            SELECT EXISTS (SELECT 1 FROM store_likes WHERE user_id = @viewerId AND store_id = @storeId);
            SELECT c.id AS Id, c.name AS Name FROM menu_categories c WHERE c.store_id = @storeId ORDER BY c.display_order, c.id;
            SELECT {MenuRow.Columns} FROM menus m WHERE m.store_id = @storeId ORDER BY m.display_order, m.id;
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(
            session.Command(sql, new { storeId, viewerId = viewerId ?? 0 }, cancellationToken)).ConfigureAwait(false);
        var store = await results.ReadSingleOrDefaultAsync<StoreDetailRow>().ConfigureAwait(false);
        var likedByMe = await results.ReadSingleAsync<bool>().ConfigureAwait(false);
        var categories = (await results.ReadAsync<CategoryRow>().ConfigureAwait(false)).ToList();
        var menus = (await results.ReadAsync<MenuRow>().ConfigureAwait(false)).ToLookup(menu => menu.CategoryId);
        if (store is null)
        {
            return null;
        }

        var board = categories
            .Select(category => new MenuCategory(
                category.Id,
                category.Name,
                menus[category.Id].Select(menu => new MenuSummary(menu.Id, menu.Name, menu.Price, menu.IsSoldOut, Math.Max(0, menu.Stock), menu.ImageUrl)).ToList()))
            .ToList();
        return store.ToDetail(likedByMe, board);
    }

    public async Task<MenuDetail?> FindMenuAsync(long storeId, long menuId, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {MenuRow.Columns} FROM menus m WHERE m.id = @menuId AND m.store_id = @storeId;
            SELECT g.id AS Id, g.name AS Name, g.required AS Required, g.min_select AS MinSelect, g.max_select AS MaxSelect
            FROM option_groups g JOIN menus m ON m.id = g.menu_id
            WHERE g.menu_id = @menuId AND m.store_id = @storeId ORDER BY g.display_order, g.id;
            SELECT o.id AS Id, o.group_id AS GroupId, o.name AS Name, o.price_delta AS PriceDelta, o.sold_out AS SoldOut
            FROM options o JOIN option_groups g ON g.id = o.group_id JOIN menus m ON m.id = g.menu_id
            WHERE g.menu_id = @menuId AND m.store_id = @storeId ORDER BY o.display_order, o.id;
            """;
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(
            session.Command(sql, new { storeId, menuId }, cancellationToken)).ConfigureAwait(false);
        var menu = await results.ReadSingleOrDefaultAsync<MenuRow>().ConfigureAwait(false);
        var groups = (await results.ReadAsync<OptionGroupRow>().ConfigureAwait(false)).ToList();
        var options = (await results.ReadAsync<OptionRow>().ConfigureAwait(false)).ToLookup(option => option.GroupId);
        if (menu is null)
        {
            return null;
        }

        var optionGroups = groups
            .Select(group => new OptionGroup(
                group.Id,
                group.Name,
                group.Required,
                group.MinSelect,
                group.MaxSelect,
                options[group.Id].Select(option => new MenuOption(option.Id, option.Name, option.PriceDelta, option.SoldOut)).ToList()))
            .ToList();
        return new MenuDetail(
            menu.Id, menu.StoreId, menu.Name, menu.Description, menu.Price, menu.IsSoldOut, Math.Max(0, menu.Stock), menu.ImageUrl, optionGroups);
    }
}
