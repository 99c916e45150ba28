using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Catalog.SeedDemo;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>Bulk inserts of demo data on the scope's <see cref="DbSession"/>, parents before children (the foreign keys).</summary>
public sealed class MySqlDemoDataWriter(DbSession session) : IDemoDataWriter
{
    // Hangul stays readable in the JSON column instead of becoming \uXXXX escapes.
    private static readonly JsonSerializerOptions TagsJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly string[] StoreColumns =
    [
        "id", "name", "description", "address", "phone", "latitude", "longitude", "status", "pickup_minutes", "rating",
        "like_count", "review_count", "thumbnail_url", "tags", "created_at", "updated_at",
    ];

    private static readonly string[] CategoryColumns = ["id", "store_id", "name", "display_order"];

    private static readonly string[] MenuColumns =
        ["id", "store_id", "category_id", "name", "description", "price", "stock", "sold_out", "display_order", "image_url"];

    private static readonly string[] GroupColumns = ["id", "menu_id", "name", "required", "min_select", "max_select", "display_order"];

    private static readonly string[] OptionColumns = ["id", "group_id", "name", "price_delta", "sold_out", "display_order"];

    public async Task<bool> AnyStoreExistsAsync(CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<bool>(session.Command("SELECT EXISTS (SELECT 1 FROM stores)", null, cancellationToken)).ConfigureAwait(false);
    }

    public async Task WriteAsync(IReadOnlyList<DemoStore> stores, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var at = now.UtcDateTime;
        var menus = stores.SelectMany(store => store.Menus.Select(menu => (store, menu))).ToList();
        var groups = menus.SelectMany(pair => pair.menu.OptionGroups.Select(group => (pair.menu, group))).ToList();

        await MultiRowInsert.ExecuteAsync(session, connection, "stores", StoreColumns, stores.Select(store => new object?[]
        {
            store.Id, store.Name, store.Description, store.Address, store.Phone, store.Latitude, store.Longitude, store.Status,
            store.PickupMinutes, store.Rating, store.LikeCount, store.ReviewCount, store.ThumbnailUrl,
            JsonSerializer.Serialize(store.Tags, TagsJson), at, at,
        }), cancellationToken).ConfigureAwait(false);
        await MultiRowInsert.ExecuteAsync(session, connection, "menu_categories", CategoryColumns, stores.SelectMany(store =>
            store.Categories.Select(category => new object?[] { category.Id, store.Id, category.Name, category.DisplayOrder })),
            cancellationToken).ConfigureAwait(false);
        await MultiRowInsert.ExecuteAsync(session, connection, "menus", MenuColumns, menus.Select(pair => new object?[]
        {
            pair.menu.Id, pair.store.Id, pair.menu.CategoryId, pair.menu.Name, pair.menu.Description, pair.menu.Price,
            pair.menu.Stock, pair.menu.SoldOut, pair.menu.DisplayOrder, pair.menu.ImageUrl,
        }), cancellationToken).ConfigureAwait(false);
        await MultiRowInsert.ExecuteAsync(session, connection, "option_groups", GroupColumns, groups.Select(pair => new object?[]
        {
            pair.group.Id, pair.menu.Id, pair.group.Name, pair.group.Required, pair.group.MinSelect, pair.group.MaxSelect, pair.group.DisplayOrder,
        }), cancellationToken).ConfigureAwait(false);
        await MultiRowInsert.ExecuteAsync(session, connection, "options", OptionColumns, groups.SelectMany(pair =>
            pair.group.Options.Select(option => new object?[] { option.Id, pair.group.Id, option.Name, option.PriceDelta, option.SoldOut, option.DisplayOrder })),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task SetPointBalanceAsync(long userId, long points, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE users SET point_balance = @points, updated_at = @now WHERE id = @userId";
        var connection = await session.GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(session.Command(sql, new { userId, points, now = now.UtcDateTime }, cancellationToken)).ConfigureAwait(false);
    }
}
