using System.Text.Json.Serialization;

namespace Hexagon.Adapters.Web.Admin;

/// <summary>Paging of a job run page; nextCursor is null (and written as null) on the last page.</summary>
public sealed record JobRunsPageMeta(
    int Take,
    bool HasNext,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? NextCursor);
