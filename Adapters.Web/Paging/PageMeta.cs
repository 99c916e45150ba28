using System.Text.Json.Serialization;

namespace Hexagon.Adapters.Web.Paging;

/// <summary>
/// The meta of every keyset-paged list the app reads: pass nextCursor back as cursor for the next page. nextCursor is
/// null (and written as null, not left out) on the last page, so the app can test one field.
/// </summary>
public sealed record PageMeta(
    int Take,
    bool HasNext,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextCursor);
