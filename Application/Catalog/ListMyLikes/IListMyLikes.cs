using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.ListMyLikes;

/// <summary>The customer's liked stores, newest like first, a keyset page at a time.</summary>
public interface IListMyLikes
{
    Task<Result<ListMyLikesResult>> ListAsync(ListMyLikesQuery query, CancellationToken cancellationToken);
}
