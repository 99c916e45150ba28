namespace Hexagon.Application.Catalog.SeedDemo;

/// <summary>
/// One generated store with everything it sells. Ids are chosen by the generator (see
/// <see cref="DemoCatalogGenerator"/>), so a parent's id is known before its children are written.
/// </summary>
/// <param name="Status">OPEN, CLOSED or PAUSED, as stored.</param>
public sealed record DemoStore(
    long Id,
    string Name,
    string Description,
    string Address,
    string Phone,
    decimal Latitude,
    decimal Longitude,
    string Status,
    int PickupMinutes,
    decimal Rating,
    int LikeCount,
    int ReviewCount,
    string? ThumbnailUrl,
    IReadOnlyList<string> Tags,
    IReadOnlyList<DemoCategory> Categories,
    IReadOnlyList<DemoMenu> Menus);
