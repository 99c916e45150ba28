namespace Hexagon.Application.Catalog.ListStores;

/// <param name="Sort">"distance" (when null), "likes", "rating" or "reviews".</param>
/// <param name="Cursor">The previous page's next cursor, or null for the first page.</param>
/// <param name="ViewerId">The signed-in customer (for likedByMe), or null.</param>
public sealed record ListStoresQuery(
    double? Latitude,
    double? Longitude,
    string? Sort = null,
    string? Cursor = null,
    int Take = ListStoresQuery.DefaultTake,
    long? ViewerId = null)
{
    public const int DefaultTake = 20;

    public const int MaxTake = 50;
}
