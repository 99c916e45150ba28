using System.Globalization;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Paging;

/// <summary>
/// The query string of a keyset-paged list that takes only cursor and take. A key we do not know is a client expecting
/// a filter we do not have, so it is refused (1111) rather than silently ignored; so is a repeated key or a bad number.
/// The range of take is the use case's to check.
/// </summary>
public sealed record CursorPageRequest(string? Cursor, int Take)
{
    private static readonly string[] KnownKeys = ["cursor", "take"];

    public static Result<CursorPageRequest> Parse(IQueryCollection query, int defaultTake)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fieldErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in query.Keys)
        {
            if (!KnownKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                fieldErrors[key] = ["알 수 없는 검색 조건이에요. cursor, take만 쓸 수 있어요."];
            }
            else if (query[key].Count > 1)
            {
                fieldErrors[key] = ["한 번만 보내 주세요."];
            }
        }

        var take = defaultTake;
        var takeText = Single(query, "take");
        if (takeText is not null && !int.TryParse(takeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out take))
        {
            fieldErrors.TryAdd("take", ["take는 숫자여야 해요."]);
        }

        return fieldErrors.Count > 0
            ? ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors)
            : new CursorPageRequest(Single(query, "cursor"), take);
    }

    private static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count == 1 ? values[0] : null;
}
