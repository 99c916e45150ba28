using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>A row of the store list query.</summary>
internal sealed class StoreSummaryRow
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public long DistanceMm { get; init; }

    public decimal Rating { get; init; }

    public long LikeCount { get; init; }

    public long ReviewCount { get; init; }

    public string? ThumbnailUrl { get; init; }

    public int PickupMinutes { get; init; }

    public string Status { get; init; } = "";

    public string? Tags { get; init; }

    public bool LikedByMe { get; init; }

    public long SortKey { get; init; }

    public StoreSummary ToSummary() => new(
        Id, Name, DistanceMm, Rating, LikeCount, ReviewCount, ThumbnailUrl, PickupMinutes, Status, StoreTags.Parse(Tags), LikedByMe, SortKey);
}
