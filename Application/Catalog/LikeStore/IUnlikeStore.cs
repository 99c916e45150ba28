using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.LikeStore;

/// <summary>The customer takes a like back. Idempotent: unliking a store not liked changes nothing. Unknown store → 2001.</summary>
public interface IUnlikeStore
{
    Task<Result> UnlikeAsync(long userId, long storeId, CancellationToken cancellationToken);
}
