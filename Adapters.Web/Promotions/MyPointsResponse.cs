using Hexagon.Adapters.Web.Paging;
using Hexagon.Application.Promotions.ListMyPoints;

namespace Hexagon.Adapters.Web.Promotions;

/// <summary>The body of GET /api/v1/me/points: the balance now, one page of the ledger and its paging.</summary>
public sealed record MyPointsResponse(long Balance, IReadOnlyList<PointEntryResponse> Data, PageMeta Meta)
{
    public static MyPointsResponse From(ListMyPointsResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new MyPointsResponse(
            page.Balance,
            page.Entries.Select(PointEntryResponse.From).ToList(),
            new PageMeta(page.Take, page.HasNext, page.NextCursor));
    }
}
