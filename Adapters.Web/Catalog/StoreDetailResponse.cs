using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>The body of GET /api/v1/stores/{storeId}: the store and its menu board in display order.</summary>
public sealed record StoreDetailResponse(
    long StoreId,
    string Name,
    string? Description,
    string? Address,
    string? Phone,
    decimal Latitude,
    decimal Longitude,
    decimal Rating,
    long LikeCount,
    long ReviewCount,
    string? ThumbnailUrl,
    int PickupMinutes,
    string Status,
    IReadOnlyList<string> Tags,
    bool LikedByMe,
    IReadOnlyList<MenuCategoryResponse> Categories)
{
    public static StoreDetailResponse From(StoreDetail store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new StoreDetailResponse(
            store.StoreId,
            store.Name,
            store.Description,
            store.Address,
            store.Phone,
            store.Latitude,
            store.Longitude,
            store.Rating,
            store.LikeCount,
            store.ReviewCount,
            store.ThumbnailUrl,
            store.PickupMinutes,
            store.Status,
            store.Tags,
            store.LikedByMe,
            store.Categories.Select(MenuCategoryResponse.From).ToList());
    }
}
