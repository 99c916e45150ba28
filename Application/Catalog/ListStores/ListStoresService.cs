using System.Globalization;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Catalog;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.ListStores;

/// <param name="radiusMeters">Only stores this close to the caller's point are listed (configuration).</param>
public sealed class ListStoresService(IStoreCatalog catalog, int radiusMeters) : IListStores
{
    public async Task<Result<ListStoresResult>> ListAsync(ListStoresQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fieldErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (query.Latitude is not { } latitude || !GeoPoint.IsValidLatitude(latitude))
        {
            fieldErrors["lat"] = ["lat은 -90부터 90 사이의 위도여야 해요."];
        }

        if (query.Longitude is not { } longitude || !GeoPoint.IsValidLongitude(longitude))
        {
            fieldErrors["lng"] = ["lng는 -180부터 180 사이의 경도여야 해요."];
        }

        var sort = StoreSort.Distance;
        if (query.Sort is not null && !StoreSortNames.TryParse(query.Sort, out sort))
        {
            fieldErrors["sort"] = [string.Create(CultureInfo.InvariantCulture, $"sort는 {string.Join(", ", StoreSortNames.All)} 중 하나여야 해요.")];
        }

        if (query.Take is < 1 or > ListStoresQuery.MaxTake)
        {
            fieldErrors["take"] = [string.Create(CultureInfo.InvariantCulture, $"take는 1부터 {ListStoresQuery.MaxTake} 사이여야 해요.")];
        }

        if (fieldErrors.Count > 0)
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors);
        }

        var origin = GeoPoint.Create(query.Latitude!.Value, query.Longitude!.Value);
        StoreListPosition? after = null;
        if (query.Cursor is not null)
        {
            after = StoreListCursor.TryDecode(query.Cursor, sort, origin);
            if (after is null)
            {
                return ErrorCatalog.InvalidStoreCursor;
            }
        }

        // One row more than asked tells whether there is a next page without a COUNT query.
        var request = new NearbyStoresRequest(origin, radiusMeters, sort, after, query.Take + 1, query.ViewerId);
        var rows = await catalog.ListNearbyAsync(request, cancellationToken).ConfigureAwait(false);
        var hasNext = rows.Count > query.Take;
        var page = hasNext ? rows.Take(query.Take).ToList() : rows;
        var nextCursor = hasNext
            ? StoreListCursor.Encode(sort, origin, new StoreListPosition(page[^1].SortKey, page[^1].StoreId))
            : null;
        return new ListStoresResult(page, query.Take, hasNext, nextCursor);
    }
}
