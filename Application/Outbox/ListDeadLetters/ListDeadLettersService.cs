using Hexagon.Application.Errors;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Outbox.ListDeadLetters;

public sealed class ListDeadLettersService(IOutboxDeadLetters deadLetters) : IListDeadLetters
{
    public async Task<Result<ListDeadLettersResult>> ListAsync(ListDeadLettersQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var fieldErrors = new Dictionary<string, string[]>();
        if (query.Take is < 1 or > ListDeadLettersQuery.MaxTake)
        {
            fieldErrors["take"] = [$"take는 1부터 {ListDeadLettersQuery.MaxTake} 사이여야 해요."];
        }

        if (query.Cursor is < 1)
        {
            fieldErrors["cursor"] = ["cursor는 1 이상이어야 해요."];
        }

        if (fieldErrors.Count > 0)
        {
            return ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors);
        }

        // One row more than asked tells whether there is a next page without a COUNT query.
        var rows = await deadLetters.ListNewestFirstAsync(query.Cursor, query.Take + 1, cancellationToken).ConfigureAwait(false);
        var hasNext = rows.Count > query.Take;
        var page = hasNext ? rows.Take(query.Take).ToList() : rows;
        return new ListDeadLettersResult(page, query.Take, hasNext, hasNext ? page[^1].Id : null);
    }
}
