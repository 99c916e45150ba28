using Hexagon.Adapters.Web.Paging;
using Hexagon.Application.Catalog.ListMyLikes;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>The body of GET /api/v1/me/likes: the store list's shape.</summary>
public sealed record LikedStoreListResponse(IReadOnlyList<LikedStoreResponse> Data, PageMeta Meta)
{
    public static LikedStoreListResponse From(ListMyLikesResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new LikedStoreListResponse(
            page.Stores.Select(LikedStoreResponse.From).ToList(),
            new PageMeta(page.Take, page.HasNext, page.NextCursor));
    }
}
