using Hexagon.Application.Catalog.ListStores;

namespace Hexagon.Application.Catalog.ListMyLikes;

/// <param name="Cursor">The previous page's next cursor, or null for the first page.</param>
public sealed record ListMyLikesQuery(long UserId, string? Cursor = null, int Take = ListStoresQuery.DefaultTake);
