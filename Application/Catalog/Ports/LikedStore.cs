namespace Hexagon.Application.Catalog.Ports;

/// <summary>A store in the customer's likes: the list's summary without a distance (there is no point), and when it was liked.</summary>
public sealed record LikedStore(
    long StoreId,
    string Name,
    decimal Rating,
    long LikeCount,
    long ReviewCount,
    string? ThumbnailUrl,
    int PickupMinutes,
    string Status,
    IReadOnlyList<string> Tags,
    DateTimeOffset LikedAt)
{
    public LikedStorePosition Position => new(LikedStorePosition.MicrosecondsOf(LikedAt), StoreId);
}
