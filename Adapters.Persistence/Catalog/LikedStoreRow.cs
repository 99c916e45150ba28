using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>A row of the "my likes" query.</summary>
internal sealed class LikedStoreRow
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public decimal Rating { get; init; }

    public long LikeCount { get; init; }

    public long ReviewCount { get; init; }

    public string? ThumbnailUrl { get; init; }

    public int PickupMinutes { get; init; }

    public string Status { get; init; } = "";

    public string? Tags { get; init; }

    /// <summary>UTC, as stored (DATETIME(6)).</summary>
    public DateTime LikedAt { get; init; }

    public LikedStore ToLikedStore() => new(
        Id, Name, Rating, LikeCount, ReviewCount, ThumbnailUrl, PickupMinutes, Status, StoreTags.Parse(Tags),
        new DateTimeOffset(DateTime.SpecifyKind(LikedAt, DateTimeKind.Utc)));
}
