using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.LikeStore;

/// <summary>The customer likes a store. Idempotent: liking again changes nothing. Unknown store → 2001.</summary>
public interface ILikeStore
{
    Task<Result> LikeAsync(long userId, long storeId, CancellationToken cancellationToken);
}
