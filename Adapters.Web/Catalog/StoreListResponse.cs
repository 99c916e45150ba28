using Hexagon.Adapters.Web.Paging;
using Hexagon.Application.Catalog.ListStores;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>The body of GET /api/v1/stores.</summary>
public sealed record StoreListResponse(IReadOnlyList<StoreSummaryResponse> Data, PageMeta Meta)
{
    public static StoreListResponse From(ListStoresResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new StoreListResponse(
            page.Stores.Select(StoreSummaryResponse.From).ToList(),
            new PageMeta(page.Take, page.HasNext, page.NextCursor));
    }
}
