namespace Hexagon.Adapters.Web.Ordering;

public sealed record OrderListMeta(int Take, bool HasNext, string? NextCursor);
