using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>A store in the list. distanceMeters is rounded to whole metres; the order uses the exact (millimetre) value.</summary>
public sealed record StoreSummaryResponse(
    long StoreId,
    string Name,
    long DistanceMeters,
    decimal Rating,
    long LikeCount,
    long ReviewCount,
    string? ThumbnailUrl,
    int PickupMinutes,
    string Status,
    IReadOnlyList<string> Tags,
    bool LikedByMe)
{
    public static StoreSummaryResponse From(StoreSummary store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new StoreSummaryResponse(
            store.StoreId,
            store.Name,
            (store.DistanceMillimetres + 500) / 1000,
            store.Rating,
            store.LikeCount,
            store.ReviewCount,
            store.ThumbnailUrl,
            store.PickupMinutes,
            store.Status,
            store.Tags,
            store.LikedByMe);
    }
}
