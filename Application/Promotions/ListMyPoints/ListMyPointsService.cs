using System.Globalization;
using Hexagon.Application.Errors;
using Hexagon.Application.Promotions.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Promotions.ListMyPoints;

/// <summary>
/// The balance and the page are two reads without a shared snapshot: a change committed between them may show on the
/// page and not yet in the balance (or the other way round) for that one response. A display, so that is fine; every
/// ledger row still carries its own exact balance after.
/// </summary>
public sealed class ListMyPointsService(IPointLedger ledger, IPointHistory history) : IListMyPoints
{
    public async Task<Result<ListMyPointsResult>> ListAsync(ListMyPointsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > ListMyPointsQuery.MaxTake)
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["take"] = [string.Create(CultureInfo.InvariantCulture, $"take는 1부터 {ListMyPointsQuery.MaxTake} 사이여야 해요.")],
            });
        }

        PointLedgerPosition? after = null;
        if (query.Cursor is not null)
        {
            after = PointLedgerCursor.TryDecode(query.Cursor, query.UserId);
            if (after is null)
            {
                // The list cursor code every keyset list answers with: the app restarts the list either way.
                return ErrorCatalog.InvalidStoreCursor;
            }
        }

        var balance = await ledger.BalanceAsync(query.UserId, cancellationToken).ConfigureAwait(false);
        // One row more than asked tells whether there is a next page without a COUNT query.
        var rows = await history.ListAsync(query.UserId, after, query.Take + 1, cancellationToken).ConfigureAwait(false);
        var hasNext = rows.Count > query.Take;
        var page = hasNext ? rows.Take(query.Take).ToList() : rows;
        var nextCursor = hasNext ? PointLedgerCursor.Encode(query.UserId, page[^1].Position) : null;
        return new ListMyPointsResult(balance, page, query.Take, hasNext, nextCursor);
    }
}
