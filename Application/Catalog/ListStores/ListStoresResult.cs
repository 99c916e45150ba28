using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Application.Catalog.ListStores;

/// <summary>One page; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ListStoresResult(IReadOnlyList<StoreSummary> Stores, int Take, bool HasNext, string? NextCursor);
