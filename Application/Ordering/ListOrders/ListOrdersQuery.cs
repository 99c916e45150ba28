namespace Hexagon.Application.Ordering.ListOrders;

/// <param name="Cursor">The previous page's next cursor, or null for the first page.</param>
public sealed record ListOrdersQuery(long UserId, string? Cursor = null, int Take = ListOrdersQuery.DefaultTake)
{
    public const int DefaultTake = 20;
    public const int MaxTake = 50;
}
