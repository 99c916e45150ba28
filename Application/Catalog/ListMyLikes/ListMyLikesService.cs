using System.Globalization;
using Hexagon.Application.Catalog.ListStores;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Catalog.ListMyLikes;

public sealed class ListMyLikesService(IStoreLikes likes) : IListMyLikes
{
    public async Task<Result<ListMyLikesResult>> ListAsync(ListMyLikesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > ListStoresQuery.MaxTake)
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["take"] = [string.Create(CultureInfo.InvariantCulture, $"take는 1부터 {ListStoresQuery.MaxTake} 사이여야 해요.")],
            });
        }

        LikedStorePosition? after = null;
        if (query.Cursor is not null)
        {
            after = MyLikesCursor.TryDecode(query.Cursor, query.UserId);
            if (after is null)
            {
                return ErrorCatalog.InvalidStoreCursor;
            }
        }

        // One row more than asked tells whether there is a next page without a COUNT query.
        var rows = await likes.ListLikedAsync(query.UserId, after, query.Take + 1, cancellationToken).ConfigureAwait(false);
        var hasNext = rows.Count > query.Take;
        var page = hasNext ? rows.Take(query.Take).ToList() : rows;
        var nextCursor = hasNext ? MyLikesCursor.Encode(query.UserId, page[^1].Position) : null;
        return new ListMyLikesResult(page, query.Take, hasNext, nextCursor);
    }
}
