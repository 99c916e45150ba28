using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>A stores row for the store page.</summary>
internal sealed class StoreDetailRow
{
    public const string Columns = """
        s.id AS Id, s.name AS Name, s.description AS Description, s.address AS Address, s.phone AS Phone,
        s.latitude AS Latitude, s.longitude AS Longitude, s.rating AS Rating, s.like_count AS LikeCount,
        s.review_count AS ReviewCount, s.thumbnail_url AS ThumbnailUrl, s.pickup_minutes AS PickupMinutes,
        s.status AS Status, s.tags AS Tags
        """;

    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public decimal Latitude { get; init; }

    public decimal Longitude { get; init; }

    public decimal Rating { get; init; }

    public long LikeCount { get; init; }

    public long ReviewCount { get; init; }

    public string? ThumbnailUrl { get; init; }

    public int PickupMinutes { get; init; }

    public string Status { get; init; } = "";

    public string? Tags { get; init; }

    public StoreDetail ToDetail(bool likedByMe, IReadOnlyList<MenuCategory> categories) => new(
        Id, Name, Description, Address, Phone, Latitude, Longitude, Rating, LikeCount, ReviewCount, ThumbnailUrl, PickupMinutes,
        Status, StoreTags.Parse(Tags), likedByMe, categories);
}
