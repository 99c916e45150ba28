namespace Hexagon.Application.Catalog.Ports;

/// <summary>
/// A place in the store list: the exact sort key of a row and its store id. The sort key is an integer so that it
/// compares exactly in SQL and survives the cursor unchanged: distance in whole millimetres, rating in tenths, and
/// like or review counts as they are.
/// </summary>
public sealed record StoreListPosition(long SortKey, long StoreId);
