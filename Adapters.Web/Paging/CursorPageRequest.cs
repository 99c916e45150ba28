using System.Globalization;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Paging;

/// <summary>
/// The query string of a keyset-paged list that takes only cursor and take (my likes, my points, my orders): any other
/// key, a repeated key or a take that is not a number → 1111 naming the field. The range of take is the use case's.
/// </summary>
public sealed record CursorPageRequest(string? Cursor, int Take)
{
    private static readonly string[] KnownKeys = ["cursor", "take"];

    public static Result<CursorPageRequest> Parse(IQueryCollection query, int defaultTake)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fieldErrors = QueryKeyRules.FieldErrors(query, KnownKeys);
        var take = defaultTake;
        var takeText = QueryKeyRules.Single(query, "take");
        if (takeText is not null && !int.TryParse(takeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out take))
        {
            fieldErrors.TryAdd("take", ["take는 숫자여야 해요."]);
        }

        return fieldErrors.Count > 0
            ? ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors)
            : new CursorPageRequest(QueryKeyRules.Single(query, "cursor"), take);
    }
}
