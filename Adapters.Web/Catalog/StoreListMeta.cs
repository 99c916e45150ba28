using System.Text.Json.Serialization;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>Paging of a store page; nextCursor is null (and written as null) on the last page.</summary>
public sealed record StoreListMeta(
    int Take,
    bool HasNext,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextCursor);
