namespace Hexagon.Domain.Catalog;

/// <summary>
/// How the store list is ordered. Distance is nearest first; the others are largest first. Ties are always broken by
/// store id ascending, which makes (sort value, store id) a total order that keyset paging can walk.
/// </summary>
public enum StoreSort
{
    Distance,
    Likes,
    Rating,
    Reviews,
}
