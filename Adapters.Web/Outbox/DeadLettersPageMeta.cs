using System.Text.Json.Serialization;

namespace Hexagon.Adapters.Web.Outbox;

/// <summary>Paging of a dead-letter page; nextCursor is null (and written as null) on the last page.</summary>
public sealed record DeadLettersPageMeta(
    int Take,
    bool HasNext,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? NextCursor);
