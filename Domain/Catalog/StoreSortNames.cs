namespace Hexagon.Domain.Catalog;

/// <summary>The wire names of <see cref="StoreSort"/> ("distance", "likes", "rating", "reviews").</summary>
public static class StoreSortNames
{
    private static readonly Dictionary<string, StoreSort> ByName = new(StringComparer.Ordinal)
    {
        ["distance"] = StoreSort.Distance,
        ["likes"] = StoreSort.Likes,
        ["rating"] = StoreSort.Rating,
        ["reviews"] = StoreSort.Reviews,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static bool TryParse(string name, out StoreSort sort) => ByName.TryGetValue(name, out sort);

    public static string NameOf(StoreSort sort) => sort switch
    {
        StoreSort.Distance => "distance",
        StoreSort.Likes => "likes",
        StoreSort.Rating => "rating",
        StoreSort.Reviews => "reviews",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown store sort."),
    };

    /// <summary>Distance grows outwards (ascending); likes, rating and review count are best first (descending).</summary>
    public static bool IsAscending(this StoreSort sort) => sort == StoreSort.Distance;
}
