namespace Hexagon.Application.Catalog.Ports;

/// <summary>One store with its menu board, categories and menus in display order. A closed or paused store is still shown.</summary>
public sealed record StoreDetail(
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
    IReadOnlyList<MenuCategory> Categories);
