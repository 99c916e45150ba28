namespace Hexagon.Application.Catalog.Ports;

/// <summary>A store as the list shows it. <see cref="SortKey"/> is the exact key it was ordered by (see <see cref="StoreListPosition"/>).</summary>
public sealed record StoreSummary(
    long StoreId,
    string Name,
    long DistanceMillimetres,
    decimal Rating,
    long LikeCount,
    long ReviewCount,
    string? ThumbnailUrl,
    int PickupMinutes,
    string Status,
    IReadOnlyList<string> Tags,
    bool LikedByMe,
    long SortKey);
