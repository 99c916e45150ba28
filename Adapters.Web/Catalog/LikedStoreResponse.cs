using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>
/// A liked store: the store list's summary without distanceMeters (there is no point to measure from, so the field is
/// left out rather than sent as null), likedByMe always true, and likedAt (UTC).
/// </summary>
public sealed record LikedStoreResponse(
    long StoreId,
    string Name,
    decimal Rating,
    long LikeCount,
    long ReviewCount,
    string? ThumbnailUrl,
    int PickupMinutes,
    string Status,
    IReadOnlyList<string> Tags,
    bool LikedByMe,
    DateTimeOffset LikedAt)
{
    public static LikedStoreResponse From(LikedStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new LikedStoreResponse(
            store.StoreId,
            store.Name,
            store.Rating,
            store.LikeCount,
            store.ReviewCount,
            store.ThumbnailUrl,
            store.PickupMinutes,
            store.Status,
            store.Tags,
            LikedByMe: true,
            store.LikedAt);
    }
}
