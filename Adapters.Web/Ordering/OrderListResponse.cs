using Hexagon.Adapters.Web.Paging;
using Hexagon.Application.Ordering.ListOrders;

namespace Hexagon.Adapters.Web.Ordering;

/// <summary>{data, meta: {take, hasNext, nextCursor}}, the shape of every keyset-paged list.</summary>
public sealed record OrderListResponse(IReadOnlyList<OrderResponse> Data, PageMeta Meta)
{
    public static OrderListResponse From(ListOrdersResult page) => new(
        page.Orders.Select(order => OrderResponse.From(order)).ToList(), new PageMeta(page.Take, page.HasNext, page.NextCursor));
}
