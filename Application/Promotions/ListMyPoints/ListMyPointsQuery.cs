namespace Hexagon.Application.Promotions.ListMyPoints;

/// <param name="Cursor">The previous page's next cursor, or null for the first page.</param>
public sealed record ListMyPointsQuery(long UserId, string? Cursor = null, int Take = ListMyPointsQuery.DefaultTake)
{
    public const int DefaultTake = 20;

    public const int MaxTake = 50;
}
