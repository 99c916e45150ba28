using System.Globalization;
using Hexagon.Application.Errors;
using Hexagon.Application.Ordering.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Ordering.ListOrders;

public sealed class ListOrdersService(IOrderRepository orders) : IListOrders
{
    public async Task<Result<ListOrdersResult>> ListAsync(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > ListOrdersQuery.MaxTake)
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["take"] = [string.Create(CultureInfo.InvariantCulture, $"take는 1부터 {ListOrdersQuery.MaxTake} 사이여야 해요.")],
            });
        }

        long? before = null;
        if (query.Cursor is not null)
        {
            before = OrderListCursor.TryDecode(query.Cursor, query.UserId);
            if (before is null)
            {
                return ErrorCatalog.InvalidStoreCursor;
            }
        }

        // One row more than asked tells whether there is a next page without a COUNT query.
        var rows = await orders.ListAsync(query.UserId, before, query.Take + 1, cancellationToken).ConfigureAwait(false);
        var hasNext = rows.Count > query.Take;
        var page = hasNext ? rows.Take(query.Take).ToList() : rows;
        return new ListOrdersResult(page, query.Take, hasNext, hasNext ? OrderListCursor.Encode(query.UserId, page[^1].Id) : null);
    }
}
