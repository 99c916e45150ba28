using System.Text.Json.Serialization;

namespace Hexagon.Adapters.Web.Paging;

/// <summary>
/// The meta of the operators' lists, paged by row id (the cursor is the last id seen, not an opaque token: operators
/// may page by hand). nextCursor is null (and written as null) on the last page.
/// </summary>
public sealed record IdPageMeta(
    int Take,
    bool HasNext,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? NextCursor);
