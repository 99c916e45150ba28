using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Application.Catalog.ListMyLikes;

/// <summary>One page; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ListMyLikesResult(IReadOnlyList<LikedStore> Stores, int Take, bool HasNext, string? NextCursor);
