using System.Globalization;
using Hexagon.Application.Catalog.ListMyLikes;
using Hexagon.Application.Catalog.ListStores;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>Reads GET /api/v1/me/likes' query string (cursor, take); anything else, a repeat or a bad number → 1111.</summary>
public static class MyLikesQueryParser
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase) { "cursor", "take" };

    public static Result<ListMyLikesQuery> Parse(IQueryCollection query, long userId)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fieldErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in query.Keys)
        {
            if (!KnownKeys.Contains(key))
            {
                fieldErrors[key] = ["알 수 없는 검색 조건이에요. cursor, take만 쓸 수 있어요."];
            }
            else if (query[key].Count > 1)
            {
                fieldErrors[key] = ["한 번만 보내 주세요."];
            }
        }

        var take = ListStoresQuery.DefaultTake;
        var takeText = Single(query, "take");
        if (takeText is not null && !int.TryParse(takeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out take))
        {
            fieldErrors.TryAdd("take", ["take는 숫자여야 해요."]);
        }

        return fieldErrors.Count > 0
            ? ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors)
            : new ListMyLikesQuery(userId, Single(query, "cursor"), take);
    }

    private static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count == 1 ? values[0] : null;
}
