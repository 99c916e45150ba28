using System.Text.Json.Serialization;

namespace Hexagon.Adapters.Web.Promotions;

/// <summary>Paging of the points history; nextCursor is null (and written as null) on the last page, like the store lists.</summary>
public sealed record PointsPageMeta(
    int Take,
    bool HasNext,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextCursor);
